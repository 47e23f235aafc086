package org.channelport.leads.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.leads.application.LeadSweepService;
import org.channelport.partners.application.PartnerSuspended;
import org.channelport.platform.sweep.Sweeper;

/**
 * Rule L15: when a partner is suspended, the leads it holds go back to routing at once (the sweep would also find
 * them within 30 seconds, which covers a routing decision that raced the suspension).
 */
@ApplicationScoped
public class LeadSuspensionReaction {
    private static final Logger LOG = Logger.getLogger(LeadSuspensionReaction.class.getName());

    @Inject
    Sweeper sweeper;
    @Inject
    LeadSweepService sweep;

    void onSuspended(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerSuspended event) {
        try {
            sweeper.sweepAll(sweep);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not recall the leads of suspended partner " + event.partnerId()
                    + " at once; the scheduled sweep will", e);
        }
    }
}
