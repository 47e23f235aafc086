package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.channelport.platform.notify.Recipient;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.UserStatus;
import org.channelport.shared.Countries;
import org.channelport.shared.ProductLine;

/**
 * The partners context's published read API for other contexts' services (lead routing, notifications). Unlike
 * {@link PartnerDirectory} it does not filter by the caller: callers are application services that have already
 * decided what their own caller may do, and must never hand these rows to a partner unfiltered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerRoster {
    @PersistenceContext
    EntityManager em;

    /** A partner as other contexts need it: who it is, where, what it sells, whether it may receive work. */
    public record Member(UUID id, String name, PartnerType type, PartnerTier tier, boolean active, String country,
                         Set<ProductLine> productLines, String contactEmail, UUID parentId) {

        /** Its distributor (an agent's or retailer's, rule PA of two-tier), if it has one. */
        public Optional<UUID> distributor() { return Optional.ofNullable(parentId); }
    }

    /** Every partner, active or not (routing explains why a suspended one was passed over). */
    public List<Member> all() {
        return members(null);
    }

    public Optional<Member> find(UUID partnerId) {
        return members(partnerId).stream().findFirst();
    }

    /** The currency of the partner's country, the one its people think in (issue 10: forms start with it). */
    public Optional<String> homeCurrency(UUID partnerId) {
        return partnerId == null ? Optional.empty()
                : find(partnerId).flatMap(member -> Countries.currency(member.country()));
    }

    private List<Member> members(UUID only) {
        var where = only == null ? "" : " where p.id = :id";
        var lineQuery = em.createQuery("select p.id, l from Partner p join p.productLines l" + where, Object[].class);
        var rowQuery = em.createQuery("select p.id, p.name, p.type, p.tier, p.status, p.country, p.contactEmail, "
                + "p.parentId from Partner p" + where + " order by p.id", Object[].class);
        if (only != null) {
            lineQuery.setParameter("id", only);
            rowQuery.setParameter("id", only);
        }
        var lines = new HashMap<UUID, Set<ProductLine>>();
        for (Object[] row : lineQuery.getResultList()) {
            lines.computeIfAbsent((UUID) row[0], k -> EnumSet.noneOf(ProductLine.class)).add((ProductLine) row[1]);
        }
        var members = new ArrayList<Member>();
        for (Object[] row : rowQuery.getResultList()) {
            var id = (UUID) row[0];
            members.add(new Member(id, (String) row[1], (PartnerType) row[2], (PartnerTier) row[3],
                    row[4] == PartnerStatus.ACTIVE, (String) row[5], lines.getOrDefault(id, Set.of()), (String) row[6],
                    (UUID) row[7]));
        }
        return members;
    }

    /** Partners suspended now: whatever they hold must go back to routing (rule L15 of leads). */
    public Set<UUID> suspended() {
        return Set.copyOf(em.createQuery("select p.id from Partner p where p.status = :s", UUID.class)
                .setParameter("s", PartnerStatus.SUSPENDED).getResultList());
    }

    /** Up to {@code max} partners whose name holds this text (any case), by name: a console's partner chooser. */
    public Map<UUID, String> nameContaining(String text, int max) {
        var names = new java.util.LinkedHashMap<UUID, String>();
        var pattern = org.channelport.platform.persistence.Where.containing(text);
        em.createQuery("select p.id, p.name from Partner p where lower(p.name) like :t order by p.name", Object[].class)
                .setParameter("t", pattern == null ? "%" : pattern).setMaxResults(max).getResultList()
                .forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    /** The partners of each of these names (compared in lower case; a name two partners share has both). */
    public Map<String, List<UUID>> byNames(Collection<String> lowerCaseNames) {
        var found = new HashMap<String, List<UUID>>();
        var all = List.copyOf(lowerCaseNames);
        for (int i = 0; i < all.size(); i += 1000) {
            em.createQuery("select lower(p.name), p.id from Partner p where lower(p.name) in :n", Object[].class)
                    .setParameter("n", all.subList(i, Math.min(all.size(), i + 1000))).getResultList()
                    .forEach(r -> found.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
        }
        return found;
    }

    /** Names of these partners (for lists that show who holds what). */
    public Map<UUID, String> names(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id, p.name from Partner p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        return names;
    }

    /**
     * Who is notified of what concerns each partner: its active administrators (user name and address), else the
     * contact of its application by mail only. Without administrators a partner would otherwise miss offers with
     * deadlines.
     */
    public Map<UUID, List<Recipient>> recipients(Collection<UUID> partnerIds) {
        var result = new HashMap<UUID, List<Recipient>>();
        if (partnerIds.isEmpty()) {
            return result;
        }
        em.createQuery("select u.partnerId, u.username, u.email from PartnerUser u where u.partnerId in :ids "
                        + "and u.status = :active and u.role = :admin order by u.username", Object[].class)
                .setParameter("ids", partnerIds).setParameter("active", UserStatus.ACTIVE)
                .setParameter("admin", PartnerRole.ADMIN).getResultList()
                .forEach(r -> result.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>())
                        .add(new Recipient((String) r[1], (String) r[2])));
        var without = partnerIds.stream().filter(id -> !result.containsKey(id)).toList();
        if (!without.isEmpty()) {
            em.createQuery("select p.id, p.contactEmail from Partner p where p.id in :ids", Object[].class)
                    .setParameter("ids", without).getResultList()
                    .forEach(r -> result.put((UUID) r[0], List.of(Recipient.addressOnly((String) r[1]))));
        }
        return result;
    }

    /** The recipients of what concerns one partner ({@link #recipients(Collection)}). */
    public List<Recipient> recipients(UUID partnerId) {
        return recipients(List.of(partnerId)).getOrDefault(partnerId, List.of());
    }

    /** The active person of this partner with this user name or e-mail, if any (for handing a lead to a colleague). */
    public Optional<String> activeUser(UUID partnerId, String usernameOrEmail) {
        return em.createQuery("select u.username from PartnerUser u where u.partnerId = :p and u.status = :active "
                        + "and (u.username = :u or u.email = :u)", String.class)
                .setParameter("p", partnerId).setParameter("active", UserStatus.ACTIVE)
                .setParameter("u", usernameOrEmail).getResultList().stream().findFirst();
    }

    /** The partner's active people (user name and display name), for choosing who works a lead. */
    public List<String[]> activeUsers(UUID partnerId) {
        return em.createQuery("select u.username, u.firstName, u.lastName from PartnerUser u where u.partnerId = :p "
                        + "and u.status = :active order by u.lastName, u.firstName", Object[].class)
                .setParameter("p", partnerId).setParameter("active", UserStatus.ACTIVE).getResultList().stream()
                .map(r -> new String[]{(String) r[0], r[1] + " " + r[2]}).toList();
    }
}
