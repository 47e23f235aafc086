package org.channelport.deals.application;

import jakarta.ejb.ScheduleExpression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.sweep.Sweep;

/**
 * Rule D7's clock: reminders {@code app.deals.reminder-days-before} days before a protection ends, and expiry the day
 * after its last day. Safe on several instances: each batch claims its registrations FOR UPDATE SKIP LOCKED (PostgreSQL)
 * and checks them again under the lock.
 */
@ApplicationScoped
public class DealSweepService implements Sweep<DealSweepService.Result> {
    static final int BATCH = 100;

    @Inject
    DealRegistrationRepository deals;
    @Inject
    DealSettings settings;
    @Inject
    DealNotifications notifications;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public record Result(int reminded, int expired) implements Sweep.Tally<Result> {
        @Override
        public Result plus(Result other) {
            return new Result(reminded + other.reminded, expired + other.expired);
        }

        @Override
        public boolean idle() {
            return reminded == 0 && expired == 0;
        }
    }

    /** {@code POST /api/v1/deal-sweeps}. */
    @Override
    public String name() {
        return "deal";
    }

    /** Rule D7: every minute, at second 15 (away from the lead sweep's instants). */
    @Override
    public ScheduleExpression schedule() {
        return new ScheduleExpression().second("15").minute("*").hour("*");
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result sweepBatch() {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int reminded = 0;
        int expired = 0;
        // The claim locked these rows; one query reads them all.
        for (var deal : deals.all(deals.claimDue(today, today.plusDays(settings.reminderDaysBefore()), BATCH))) {
            var id = deal.id();
            if (deal.expireIfDue(today, now)) {
                audit.recordAs(AuditTrail.SYSTEM, deal.partnerId(), "DealRegistration", id, "expired",
                        DealStatus.APPROVED, DealStatus.EXPIRED, AuditDetail.of("history.detail.protectionEnded", AuditDetail.text(deal.protectedUntil())));
                notifications.expired(deal);
                expired++;
            } else if (deal.reminderDue(today, settings.reminderDaysBefore())) {
                deal.reminded(now);
                audit.recordAs(AuditTrail.SYSTEM, deal.partnerId(), "DealRegistration", id, "expiryReminded",
                        deal.status(), deal.status(), AuditDetail.of("history.detail.protectedUntil", AuditDetail.text(deal.protectedUntil())));
                notifications.expiryReminder(deal);
                reminded++;
            }
        }
        return new Result(reminded, expired);
    }
}
