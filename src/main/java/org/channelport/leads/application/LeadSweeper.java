package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Runs the SLA sweep until nothing is due: from the schedule ({@code LeadSweepTimer}) or on demand (the API). */
@ApplicationScoped
public class LeadSweeper {
    private static final Logger LOG = Logger.getLogger(LeadSweeper.class.getName());
    private static final int MAX_BATCHES = 1000;

    @Inject
    LeadSweepService sweeps;

    public LeadSweepService.Result sweepAll() {
        var total = new LeadSweepService.Result(0, 0, 0);
        for (int round = 0; round < MAX_BATCHES; round++) {
            var result = sweeps.sweepBatch();
            total = total.plus(result);
            if (result.reminded() + result.recalled() == 0) {
                break;
            }
        }
        if (total.recalled() + total.reminded() > 0) {
            var t = total;
            LOG.info(() -> "Lead sweep: " + t.reminded() + " reminded, " + t.recalled() + " recalled, "
                    + t.rerouted() + " re-routed");
        }
        return total;
    }
}
