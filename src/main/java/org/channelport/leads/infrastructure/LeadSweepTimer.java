package org.channelport.leads.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.leads.application.LeadSweeper;

/**
 * The SLA sweep's schedule (rule L12): every 30 seconds on every instance; the sweep itself makes concurrent
 * instances safe. Non-persistent: a missed run is simply caught up by the next one.
 */
@Singleton
public class LeadSweepTimer {
    private static final Logger LOG = Logger.getLogger(LeadSweepTimer.class.getName());

    @Inject
    LeadSweeper sweeper;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            sweeper.sweepAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Lead sweep failed; the next run retries", e);
        }
    }
}
