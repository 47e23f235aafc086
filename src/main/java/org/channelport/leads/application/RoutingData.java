package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.LeadOrigin;
import org.channelport.leads.domain.LeadRouter;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.PartnerCandidate;
import org.channelport.leads.domain.PartnerPerformance;
import org.channelport.leads.domain.RoutingRule;
import org.channelport.leads.domain.RoutingRuleRepository;
import org.channelport.leads.domain.RoutingRuleSpec;
import org.channelport.partners.application.PartnerRoster;

/**
 * What routing decides on, read in a few aggregate queries: the active rules, every partner with its performance over
 * the last 90 days (rule L5), its open leads (L8) and when it was last offered one (round robin).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoutingData {
    public static final Duration SCORE_WINDOW = Duration.ofDays(90);

    @PersistenceContext
    EntityManager em;
    @Inject
    PartnerRoster roster;
    @Inject
    RoutingRuleRepository rules;
    @Inject
    Clock clock;

    public List<RoutingRuleSpec> activeRules() {
        return rules.all().stream().filter(RoutingRule::active).map(RoutingRule::spec).toList();
    }

    /** A router over the current rules and partners. */
    public LeadRouter router() {
        return router(activeRules());
    }

    /** A router over other rules (a preview of a rule change) and the current partners. */
    public LeadRouter router(List<RoutingRuleSpec> withRules) {
        return new LeadRouter(withRules, candidates());
    }

    public List<PartnerCandidate> candidates() {
        var performance = performance(clock.instant().minus(SCORE_WINDOW));
        var open = openLeads();
        var lastOffered = new HashMap<UUID, Instant>();
        em.createQuery("select a.partnerId, max(a.offeredAt) from LeadAssignment a group by a.partnerId", Object[].class)
                .getResultList().forEach(r -> lastOffered.put((UUID) r[0], (Instant) r[1]));
        var candidates = new ArrayList<PartnerCandidate>();
        for (var m : roster.all()) {
            var score = performance.getOrDefault(m.id(), PartnerPerformance.none(m.id())).score();
            candidates.add(new PartnerCandidate(m.id(), m.name(), m.type(), m.tier(), m.active(), m.country(),
                    m.productLines(), score, open.getOrDefault(m.id(), 0L).intValue(), lastOffered.get(m.id())));
        }
        return candidates;
    }

    /** Brand leads each partner holds now (offered or being worked): what capacity caps count. */
    public Map<UUID, Long> openLeads() {
        var open = new HashMap<UUID, Long>();
        em.createQuery("select l.partnerId, count(l) from Lead l where l.origin = :brand and l.status in :open "
                        + "and l.partnerId is not null group by l.partnerId", Object[].class)
                .setParameter("brand", LeadOrigin.BRAND)
                .setParameter("open", List.of(LeadStatus.OFFERED, LeadStatus.ACCEPTED, LeadStatus.CONTACTED,
                        LeadStatus.QUALIFIED))
                .getResultList().forEach(r -> open.put((UUID) r[0], (Long) r[1]));
        return open;
    }

    /** Rule L5's inputs per partner, for offers made since the given instant (no medians: routing needs none). */
    public Map<UUID, PartnerPerformance> performance(Instant since) {
        return performance(since, false);
    }

    /** The same with each partner's median time to accept (the console's partner statistics). */
    public Map<UUID, PartnerPerformance> performanceWithMedians(Instant since) {
        return performance(since, true);
    }

    private static final String END = "org.channelport.leads.domain.AssignmentEnd.";

    private Map<UUID, PartnerPerformance> performance(Instant since, boolean medians) {
        var waits = new HashMap<UUID, List<Duration>>();
        if (medians) {
            em.createQuery("select a.partnerId, a.offeredAt, a.acceptedAt from LeadAssignment a "
                            + "where a.offeredAt >= :since and a.acceptedAt is not null", Object[].class)
                    .setParameter("since", since).getResultList()
                    .forEach(r -> waits.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                            .add(Duration.between((Instant) r[1], (Instant) r[2])));
        }
        var result = new HashMap<UUID, PartnerPerformance>();
        for (Object[] r : em.createQuery("select a.partnerId, count(a), "
                        + "sum(case when a.acceptedAt is not null then 1 else 0 end), "
                        + "sum(case when a.acceptedAt is null and (a.endReason = " + END + "DECLINED or a.endReason = "
                        + END + "RECALLED_NOT_ACCEPTED) then 1 else 0 end), "
                        + "sum(case when a.endReason = " + END + "RECALLED_NOT_ACCEPTED or a.endReason = " + END
                        + "RECALLED_NOT_WORKED then 1 else 0 end), "
                        + "sum(case when a.convertedAt is not null then 1 else 0 end) "
                        + "from LeadAssignment a where a.offeredAt >= :since group by a.partnerId", Object[].class)
                .setParameter("since", since).getResultList()) {
            var id = (UUID) r[0];
            result.put(id, new PartnerPerformance(id, number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    number(r[5]), median(waits.get(id))));
        }
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Duration median(List<Duration> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
