package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs {@link DealSweepService} batches, each in its own transaction, until nothing is due (timer and API). */
@ApplicationScoped
public class DealSweeper {
    private static final int MAX_BATCHES = 1000;

    @Inject
    DealSweepService sweep;

    public DealSweepService.Result sweepAll() {
        var total = new DealSweepService.Result(0, 0);
        for (int i = 0; i < MAX_BATCHES; i++) {
            var batch = sweep.sweepBatch();
            total = total.plus(batch);
            if (batch.isEmpty()) break;
        }
        return total;
    }
}
