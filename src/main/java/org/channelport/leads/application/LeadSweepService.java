package org.channelport.leads.application;

import jakarta.ejb.ScheduleExpression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.sweep.Sweep;

/**
 * Rules L10, L12 and L15: reminders before the acceptance deadline; recall of leads that were not accepted, or not
 * updated, in time, and of every open lead a suspended partner holds; each recalled lead re-routed at once. Safe with any number of instances on one PostgreSQL
 * database: each batch claims its leads with FOR UPDATE SKIP LOCKED, so two sweepers never take the same lead, and a
 * lead claimed is checked again under its lock (a partner's acceptance that won the lock is respected).
 */
@ApplicationScoped
public class LeadSweepService implements Sweep<LeadSweepService.Result> {
    static final int BATCH = 100;

    @Inject
    LeadRepository leads;
    @Inject
    LeadRouting routing;
    @Inject
    LeadNotifications notifications;
    @Inject
    AuditTrail audit;
    @Inject
    org.channelport.partners.application.PartnerRoster roster;
    @Inject
    Clock clock;

    /** What one sweep (or one batch of it) did. */
    public record Result(int reminded, int recalled, int rerouted) implements Sweep.Tally<Result> {
        @Override
        public Result plus(Result other) {
            return new Result(reminded + other.reminded, recalled + other.recalled, rerouted + other.rerouted);
        }

        @Override
        public boolean idle() {
            return reminded + recalled == 0;
        }
    }

    /** {@code POST /api/v1/lead-sweeps}. */
    @Override
    public String name() {
        return "lead";
    }

    /** Rule L12: every 30 seconds. */
    @Override
    public ScheduleExpression schedule() {
        return new ScheduleExpression().second("*/30").minute("*").hour("*");
    }

    /** Claims and handles up to {@value #BATCH} due leads in a transaction of its own. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result sweepBatch() {
        var now = clock.instant();
        var ids = new java.util.LinkedHashSet<>(leads.claimDue(now, BATCH));
        var suspended = roster.suspended();
        var held = leads.claimHeldBy(suspended, BATCH);
        ids.addAll(held);
        if (ids.isEmpty()) {
            return new Result(0, 0, 0);
        }
        int reminded = 0;
        int recalled = 0;
        int rerouted = 0;
        var batch = routing.batch(AuditTrail.SYSTEM);
        for (var id : ids) {
            var lead = leads.findForUpdate(id).orElse(null);
            if (lead == null) {
                continue;
            }
            var recall = lead.partnerId() != null && suspended.contains(lead.partnerId()) && lead.status().isOpen()
                    ? AssignmentEnd.PARTNER_SUSPENDED : lead.recallDue(now);
            if (recall != null) {
                var from = lead.partnerId();
                var before = lead.status();
                var deadline = recall == AssignmentEnd.RECALLED_NOT_ACCEPTED ? lead.acceptDueAt() : lead.followUpDueAt();
                var assignment = leads.assignment(lead.currentAssignmentId());
                assignment.filter(a -> a.isOpen()).ifPresent(a -> a.end(recall,
                        recall == AssignmentEnd.PARTNER_SUSPENDED ? "partner suspended" : "SLA missed", now));
                audit.recordAs(AuditTrail.SYSTEM, from, "Lead", id, "recalled", before, LeadStatus.UNASSIGNED,
                        recall.name());
                if (recall != AssignmentEnd.PARTNER_SUSPENDED) {
                    notifications.recalled(lead, from, recall, deadline);
                }
                lead.release(now);
                batch.released(from);
                recalled++;
                if (batch.route(lead, false).routed()) {
                    rerouted++;
                }
            } else if (lead.status() == LeadStatus.OFFERED && lead.remindAt() != null && !lead.remindAt().isAfter(now)) {
                notifications.reminder(lead);
                lead.reminded(now);
                audit.recordAs(AuditTrail.SYSTEM, lead.partnerId(), "Lead", id, "reminded", LeadStatus.OFFERED,
                        LeadStatus.OFFERED, "accept by " + lead.acceptDueAt());
                reminded++;
            }
        }
        batch.notifyPartners();
        return new Result(reminded, recalled, rerouted);
    }
}
