package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadFacts;
import org.channelport.leads.domain.LeadOrigin;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.RoutingDecision;
import org.channelport.leads.domain.RoutingRule;
import org.channelport.leads.domain.RoutingRule.RuleDefinition;
import org.channelport.leads.domain.RoutingRuleRepository;
import org.channelport.leads.domain.RoutingRuleSpec;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/** Channel managers maintain the ordered routing rules (rule L4) and preview a change before saving it. */
@ApplicationScoped
@Transactional
public class RoutingRuleService {
    public static final int PREVIEW_LEADS = 200;

    @Inject
    RoutingRuleRepository rules;
    @Inject
    org.channelport.leads.domain.LeadRepository leads;
    @Inject
    RoutingData data;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    org.channelport.partners.application.PartnerRoster roster;
    @PersistenceContext
    EntityManager em;

    /** A rule as the console lists it. */
    public record RuleRow(UUID id, String name, int order, boolean active, RuleDefinition definition) {
        public UUID getId() { return id; }
        public String getName() { return name; }
        public int getOrder() { return order; }
        public boolean isActive() { return active; }
        public RuleDefinition getDefinition() { return definition; }
    }

    /** One lead of a preview: where it is now, and where the changed rules would send it. */
    public record PreviewRow(UUID leadId, String company, String country, String region, String productLine,
                             String currentPartner, String previewPartner, String ruleName, String unroutableReason) {
        public UUID getLeadId() { return leadId; }
        public String getCompany() { return company; }
        public String getCountry() { return country; }
        public String getRegion() { return region; }
        public String getProductLine() { return productLine; }
        public String getCurrentPartner() { return currentPartner; }
        public String getPreviewPartner() { return previewPartner; }
        public String getRuleName() { return ruleName; }
        public String getUnroutableReason() { return unroutableReason; }
        public boolean isChanged() { return !java.util.Objects.equals(currentPartner, previewPartner); }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleRow> list() {
        ChannelManagers.require(user);
        return rules.all().stream().map(r -> new RuleRow(r.id(), r.name(), r.sortOrder(), r.active(), r.definition()))
                .toList();
    }

    public UUID create(RuleDefinition definition) {
        ChannelManagers.require(user);
        var all = rules.all();
        var rule = RoutingRule.create(definition, all.isEmpty() ? 10 : all.get(all.size() - 1).sortOrder() + 10,
                clock.instant());
        rules.add(rule);
        audit.record(null, "RoutingRule", rule.id(), "created", null, "ACTIVE", rule.name());
        return rule.id();
    }

    public void update(UUID id, RuleDefinition definition) {
        ChannelManagers.require(user);
        var rule = load(id);
        var before = rule.name();
        rule.define(definition, clock.instant());
        audit.record(null, "RoutingRule", id, "changed", before, rule.name(), describe(rule.spec()));
    }

    /** Moves a rule one place up (-1) or down (+1); orders are renumbered 10, 20, 30... */
    public void move(UUID id, int direction) {
        ChannelManagers.require(user);
        var all = new ArrayList<>(rules.all());
        int index = indexOf(all, id);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= all.size()) {
            return;
        }
        java.util.Collections.swap(all, index, target);
        var now = clock.instant();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo((i + 1) * 10, now);
        }
        audit.record(null, "RoutingRule", id, "moved", index + 1, target + 1, all.get(target).name());
    }

    public void setActive(UUID id, boolean active) {
        ChannelManagers.require(user);
        var rule = load(id);
        if (rule.active() != active) {
            rule.activate(active, clock.instant());
            audit.record(null, "RoutingRule", id, active ? "resumed" : "paused", !active ? "ACTIVE" : "INACTIVE",
                    active ? "ACTIVE" : "INACTIVE", rule.name());
        }
    }

    public void delete(UUID id) {
        ChannelManagers.require(user);
        var rule = load(id);
        audit.record(null, "RoutingRule", id, "deleted", rule.active() ? "ACTIVE" : "INACTIVE", null, rule.name());
        rules.remove(rule);
    }

    /**
     * Rule L4's preview: routes the managers' queue and the most recent open brand leads with the draft in place of
     * the rule it edits (or added at the end), and changes nothing. The leads the draft itself would take come
     * first, then the other leads whose partner it changes, then the rest (each group most recent first).
     *
     * @param replacing the rule the draft edits, or null for a new rule
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PreviewRow> preview(RuleDefinition draft, UUID replacing) {
        ChannelManagers.require(user);
        var specs = new ArrayList<RoutingRuleSpec>();
        int last = 0;
        for (var rule : rules.all()) {
            last = rule.sortOrder();
            if (rule.id().equals(replacing)) {
                var preview = RoutingRule.create(draft, rule.sortOrder(), clock.instant()).spec();
                specs.add(new RoutingRuleSpec(rule.id(), preview.name(), preview.position(), preview.countries(),
                        preview.regions(), preview.postalPrefixes(), preview.productLines(), preview.partnerTypes(),
                        preview.minTier(), preview.minScore(), preview.strategy(), preview.capacityCap(),
                        preview.acceptSlaHours(), preview.followUpSlaHours()));
            } else if (rule.active()) {
                specs.add(rule.spec());
            }
        }
        UUID draftId = replacing;
        if (replacing == null) {
            var added = RoutingRule.create(draft, last + 10, clock.instant()).spec();
            draftId = added.id();
            specs.add(added);
        }
        specs.sort(Comparator.comparingInt(RoutingRuleSpec::position));
        var router = data.router(specs);
        var sample = em.createQuery("select l from Lead l where l.origin = :brand and l.status in :open "
                        + "order by l.updatedAt desc", Lead.class)
                .setParameter("brand", LeadOrigin.BRAND)
                .setParameter("open", List.of(LeadStatus.UNASSIGNED, LeadStatus.OFFERED))
                .setMaxResults(PREVIEW_LEADS).getResultList();
        var holders = roster.names(sample.stream().map(Lead::partnerId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        var now = clock.instant();
        var excluded = leads.excludedPartners(sample.stream().map(Lead::id).toList());
        var taken = new ArrayList<PreviewRow>();
        var moved = new ArrayList<PreviewRow>();
        var rest = new ArrayList<PreviewRow>();
        for (var lead : sample) {
            if (lead.partnerId() != null) {
                router.released(lead.partnerId()); // the preview decides this lead afresh
            }
            RoutingDecision d = router.route(lead.facts(excluded.getOrDefault(lead.id(), java.util.Map.of())), now);
            var row = new PreviewRow(lead.id(), lead.company(), lead.country(), lead.region(), lead.productLine().name(),
                    holders.get(lead.partnerId()), d.partnerName(), d.ruleName(), d.unroutableReason());
            // what the manager asked about comes first: the leads the draft itself takes, then others it moves
            (draftId.equals(d.ruleId()) ? taken : row.isChanged() ? moved : rest).add(row);
        }
        var rows = new ArrayList<PreviewRow>(taken);
        rows.addAll(moved);
        rows.addAll(rest);
        return rows;
    }

    private static int indexOf(List<RoutingRule> all, UUID id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw DomainException.notFound("routing rule", id);
    }

    private RoutingRule load(UUID id) {
        return rules.find(id).orElseThrow(() -> DomainException.notFound("routing rule", id));
    }

    static String describe(RoutingRuleSpec s) {
        return "countries=" + s.countries() + " regions=" + s.regions() + " postal=" + s.postalPrefixes()
                + " lines=" + s.productLines() + " types=" + s.partnerTypes() + " minTier=" + s.minTier()
                + " minScore=" + s.minScore() + " strategy=" + s.strategy() + " cap=" + s.capacityCap()
                + " sla=" + s.acceptSlaHours() + "h/" + s.followUpSlaHours() + "h";
    }

}
