package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadAssignment;
import org.channelport.leads.domain.LeadFacts;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.LeadRouter;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.RoutingDecision;
import org.channelport.leads.domain.RoutingExplanations;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies routing decisions inside the caller's transaction: the offer, its explanation (rule L6), the audit entry and
 * the partner's mail (L13). A {@link Batch} keeps one router for many leads, so that capacity and round robin see the
 * offers made earlier in the same batch, and sends one digest mail per partner at the end.
 */
@ApplicationScoped
public class LeadRouting {
    @Inject
    LeadRepository leads;
    @Inject
    RoutingData data;
    @Inject
    AuditTrail audit;
    @Inject
    LeadNotifications notifications;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.leads.reminder-hours-before", defaultValue = "12")
    int reminderHoursBefore;

    public Batch batch(String actor) {
        return new Batch(actor, null);
    }

    /** A batch over an existing router (an import reuses one router across its chunks). */
    public Batch batch(String actor, LeadRouter router) {
        return new Batch(actor, router);
    }

    public final class Batch {
        private final String actor;
        private LeadRouter router;
        /** Per partner, the first leads offered in this batch (what its digest lists) and how many in all. */
        private final Map<UUID, List<Lead>> offered = new LinkedHashMap<>();
        private final Map<UUID, Integer> offeredCount = new LinkedHashMap<>();
        private int routed;
        private int unroutable;

        private Batch(String actor, LeadRouter router) {
            this.actor = actor;
            this.router = router;
        }

        public LeadRouter router() {
            if (router == null) {
                router = data.router();
            }
            return router;
        }

        /**
         * Routes the lead and offers it, or leaves it in the managers' queue with the reason.
         *
         * @param fresh true for a lead that has never been offered (no exclusions to look up)
         */
        public RoutingDecision route(Lead lead, boolean fresh) {
            var now = clock.instant();
            var excluded = fresh ? Map.<UUID, AssignmentEnd>of() : leads.excludedPartners(lead.id());
            var decision = router().route(lead.facts(excluded), now);
            var before = lead.status();
            if (decision.routed()) {
                var assignment = LeadAssignment.routed(lead.id(), decision, RoutingExplanations.toJson(decision), actor,
                        now);
                leads.add(assignment);
                lead.offer(assignment, Duration.ofHours(decision.acceptSlaHours()),
                        Duration.ofHours(reminderHoursBefore), decision.followUpSlaHours());
                // The partner reads its own entries: the rule and the candidates stay in the offer's explanation.
                audit.recordAs(actor, decision.partnerId(), "Lead", lead.id(), "offered", before, LeadStatus.OFFERED,
                        AuditDetail.of("history.detail.routed"));
                remember(decision.partnerId(), lead);
                routed++;
            } else {
                lead.leaveUnassigned(decision.unroutableReason(), now);
                audit.recordAs(actor, null, "Lead", lead.id(), "unroutable", before, LeadStatus.UNASSIGNED,
                        AuditDetail.of("history.detail.unroutable",
                                AuditDetail.label("unroutable." + decision.unroutableReason())));
                unroutable++;
            }
            return decision;
        }

        /** A channel manager's choice: no rule, the manager's note as the explanation (rule L6). */
        public void offerManually(Lead lead, UUID partnerId, String partnerName, String note, int acceptSlaHours,
                                  int followUpSlaHours) {
            var now = clock.instant();
            var before = lead.status();
            var assignment = LeadAssignment.manual(lead.id(), partnerId, partnerName, note, acceptSlaHours, actor, now);
            leads.add(assignment);
            lead.offer(assignment, Duration.ofHours(acceptSlaHours), Duration.ofHours(reminderHoursBefore),
                    followUpSlaHours);
            // The manager's note may name other partners: it stays in the offer's explanation, which partners never see.
            audit.recordAs(actor, partnerId, "Lead", lead.id(), "offered", before, LeadStatus.OFFERED,
                    AuditDetail.of("history.detail.assignedByManager"));
            remember(partnerId, lead);
            if (router != null) {
                router.assigned(partnerId, now);
            }
            routed++;
        }

        /** The lead's current offer ends (declined, recalled, reassigned): the partner's capacity is freed. */
        public void released(UUID partnerId) {
            if (router != null) {
                router.released(partnerId);
            }
        }

        private void remember(UUID partnerId, Lead lead) {
            var sample = offered.computeIfAbsent(partnerId, k -> new ArrayList<>());
            if (sample.size() < LeadNotifications.DIGEST_LINES) {
                sample.add(lead);
            }
            offeredCount.merge(partnerId, 1, Integer::sum);
        }

        /**
         * A batch for one transaction of a larger one (a chunk of an import): it shares this batch's router, and its offers
         * join this batch's digests only through {@link #absorb}, once its transaction has committed. (A chunk that rolls
         * back has already counted its offers in the router: capacity errs on the safe side until the next batch.)
         */
        public Batch chunk() {
            return new Batch(actor, router());
        }

        public void absorb(Batch chunk) {
            chunk.offered.forEach((partner, leads) -> leads.forEach(l -> {
                var sample = offered.computeIfAbsent(partner, k -> new ArrayList<>());
                if (sample.size() < LeadNotifications.DIGEST_LINES) {
                    sample.add(l);
                }
            }));
            chunk.offeredCount.forEach((partner, n) -> offeredCount.merge(partner, n, Integer::sum));
            routed += chunk.routed;
            unroutable += chunk.unroutable;
        }

        /** Queues the digest mails of the offers made so far (in the caller's transaction). */
        public void notifyPartners() {
            notifications.offered(offered, offeredCount);
            offered.clear();
            offeredCount.clear();
        }

        public int routed() { return routed; }
        public int unroutable() { return unroutable; }
    }
}
