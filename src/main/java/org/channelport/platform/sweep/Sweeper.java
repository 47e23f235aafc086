package org.channelport.platform.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/** Runs a sweep's batches, each in its own transaction, until one finds nothing due. */
@ApplicationScoped
public class Sweeper {
    private static final Logger LOG = Logger.getLogger(Sweeper.class.getName());
    /** A bound, so that a batch that keeps finding work it cannot finish does not hold the caller forever. */
    static final int MAX_BATCHES = 1000;

    @Inject
    @Any
    Instance<Sweep<?>> sweeps;

    public <R extends Sweep.Tally<R>> R sweepAll(Sweep<R> sweep) {
        var batch = sweep.sweepBatch();
        var total = batch;
        for (int round = 1; round < MAX_BATCHES && !batch.idle(); round++) {
            batch = sweep.sweepBatch();
            total = total.plus(batch);
        }
        if (!total.idle()) {
            var done = total;
            LOG.info(() -> sweep.name() + " sweep: " + done);
        }
        return total;
    }

    /** Every sweep of every context. */
    public List<Sweep<?>> all() {
        return StreamSupport.stream(sweeps.spliterator(), false).toList();
    }

    public Optional<Sweep<?>> named(String name) {
        return all().stream().filter(sweep -> sweep.name().equals(name)).findFirst();
    }
}
