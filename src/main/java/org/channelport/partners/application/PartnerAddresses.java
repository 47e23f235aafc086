package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.partners.domain.PartnerAddress;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/**
 * A partner's addresses (rule PA11): its people read them (to choose where an order goes); its administrators (portal)
 * and systems (REST) add, change and deactivate them, audited. Another partner's address is "not found". Published
 * to other contexts: {@link #shipTo} and {@link #defaultShipTo}, the ship-to an order of the partner may name (by id,
 * or by GLN as EDI documents do).
 */
@ApplicationScoped
@Transactional
public class PartnerAddresses {
    static final String SUBJECT = "PartnerAddress";   // history.subject.PartnerAddress; actions: address*

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A ship-to as an order keeps it: which address, its GLN, and its text as it was when ordered. */
    public record ShipTo(UUID id, String gln, String label, String city, String text, boolean isDefault) {}

    /** The caller's partner's active addresses, ship-to first, defaults first, then by label. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerAddress> own() {
        return em.createQuery("select a from PartnerAddress a where a.partnerId = :p and a.active = true"
                        + " order by a.kind desc, a.defaultOne desc, a.label", PartnerAddress.class)
                .setParameter("p", user.requirePartner()).getResultList();
    }

    public PartnerAddress add(PartnerAddress.Request request) {
        var partnerId = manager();
        var problems = PartnerAddress.check(request);
        glnFree(request, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var address = PartnerAddress.create(partnerId, request, clock.instant());
        onlyDefault(address);
        em.persist(address);
        audit.record(partnerId, SUBJECT, address.id(), "addressAdded", null, null, address.label());
        return address;
    }

    public PartnerAddress change(UUID id, PartnerAddress.Request request) {
        var address = owned(id);
        var problems = PartnerAddress.check(request);
        glnFree(request, address.id(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        address.define(request, clock.instant());
        onlyDefault(address);
        audit.record(address.partnerId(), SUBJECT, address.id(), "addressChanged", null, null, address.label());
        return address;
    }

    /** Deactivated, never deleted: orders that went there keep it. */
    public void deactivate(UUID id) {
        var address = owned(id);
        address.deactivate(clock.instant());
        audit.record(address.partnerId(), SUBJECT, address.id(), "addressDeactivated", null, null, address.label());
    }

    /**
     * The partner's active ship-to named by its id or its GLN (13 digits); empty for anything else, another partner's
     * address included.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShipTo> shipTo(UUID partnerId, String idOrGln) {
        if (idOrGln == null || idOrGln.isBlank()) {
            return Optional.empty();
        }
        var digits = PartnerAddress.digits(idOrGln);   // a GLN as people print it: spaces and hyphens left out
        var key = digits != null && digits.matches("[0-9]{13}") ? digits : idOrGln.strip();
        var query = key.matches("[0-9]{13}")
                ? em.createQuery("select a from PartnerAddress a where a.gln = :k and a.partnerId = :p"
                + " and a.active = true and a.kind = :kind", PartnerAddress.class).setParameter("k", key)
                : em.createQuery("select a from PartnerAddress a where a.id = :k and a.partnerId = :p"
                + " and a.active = true and a.kind = :kind", PartnerAddress.class).setParameter("k", uuid(key));
        return query.setParameter("p", partnerId).setParameter("kind", PartnerAddress.Kind.SHIP_TO).getResultStream()
                .findFirst().map(PartnerAddresses::shipTo);
    }

    /** The caller's partner's active ship-to addresses, the default first: what its orders may choose. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShipTo> shipTos() {
        return own().stream().filter(a -> a.kind() == PartnerAddress.Kind.SHIP_TO).map(PartnerAddresses::shipTo)
                .toList();
    }

    /** The partner's default ship-to, if it chose one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShipTo> defaultShipTo(UUID partnerId) {
        return em.createQuery("select a from PartnerAddress a where a.partnerId = :p and a.active = true"
                        + " and a.kind = :kind and a.defaultOne = true", PartnerAddress.class)
                .setParameter("p", partnerId).setParameter("kind", PartnerAddress.Kind.SHIP_TO).getResultStream()
                .findFirst().map(PartnerAddresses::shipTo);
    }

    private static ShipTo shipTo(PartnerAddress a) {
        return new ShipTo(a.id(), a.gln().orElse(null), a.label(), a.city(), a.text(), a.isDefault());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);   // matches nothing
        }
    }

    private void glnFree(PartnerAddress.Request request, UUID self, List<FieldProblem> problems) {
        var gln = request == null ? null : PartnerAddress.digits(request.gln());
        if (gln == null || problems.stream().anyMatch(p -> p.field().equals("gln"))) {
            return;
        }
        var taken = em.createQuery("select a.id from PartnerAddress a where a.gln = :g", UUID.class)
                .setParameter("g", gln).getResultStream().anyMatch(id -> !id.equals(self));
        if (taken) {
            problems.add(new FieldProblem("gln", "address.gln.taken", "gln: already the GLN of another address"));
        }
    }

    /** One default per kind: this one, if it is. */
    private void onlyDefault(PartnerAddress address) {
        if (!address.isDefault()) {
            return;
        }
        em.createQuery("select a from PartnerAddress a where a.partnerId = :p and a.kind = :k and a.id <> :id",
                        PartnerAddress.class).setParameter("p", address.partnerId()).setParameter("k", address.kind())
                .setParameter("id", address.id()).getResultList().forEach(a -> a.notDefault(clock.instant()));
    }

    /** The caller's partner, when the caller may change its addresses: an administrator or one of its systems. */
    private UUID manager() {
        var partnerId = user.requirePartner();
        if (!user.isPartnerAdmin() && !user.hasRole(Roles.PARTNER_API)) {
            throw DomainException.forbidden("error.forbidden", "Only the partner's administrators change its addresses.");
        }
        return partnerId;
    }

    private PartnerAddress owned(UUID id) {
        var partnerId = manager();
        var address = id == null ? null : em.find(PartnerAddress.class, id);
        if (address == null || !address.partnerId().equals(partnerId) || !address.active()) {
            throw DomainException.notFound("address", id);
        }
        return address;
    }
}
