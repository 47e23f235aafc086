package org.channelport.deals.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.deals.application.DealSweeper;

/**
 * Rule D7's schedule: expiry reminders and expiries every minute on every instance (the sweep makes concurrent instances
 * safe). Non-persistent: a missed run is caught up by the next one.
 */
@Singleton
public class DealSweepTimer {
    private static final Logger LOG = Logger.getLogger(DealSweepTimer.class.getName());

    @Inject
    DealSweeper sweeper;

    @Schedule(second = "15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            sweeper.sweepAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deal sweep failed; the next run retries", e);
        }
    }
}
