package org.channelport.platform.sweep;

import jakarta.ejb.ScheduleExpression;

/**
 * Work that falls due with time (reminders, recalls, expiries), done in batches until nothing is due: by the timer on
 * every instance ({@link SweepTimer}), on demand through {@code POST /api/v1/<name>-sweeps} ({@link SweepsResource}),
 * or by a context's own reaction ({@link Sweeper#sweepAll(Sweep)}). A sweep must be safe with any number of instances
 * and callers at once: each batch claims its rows FOR UPDATE SKIP LOCKED and checks them again under the lock.
 *
 * @param <R> what a batch did; the API answers it as JSON
 */
public interface Sweep<R extends Sweep.Tally<R>> {

    /** What a batch did, added up over the batches of one sweep. */
    interface Tally<R> {
        R plus(R other);

        /** Nothing was due, so the sweep ends here (deliberately not a getter: it stays out of the JSON answer). */
        boolean idle();
    }

    /** Names the sweep in its API path ({@code lead} answers {@code /api/v1/lead-sweeps}) and in the log. */
    String name();

    /** When the timer runs the sweep on every instance. */
    ScheduleExpression schedule();

    /** Claims and handles one batch in a transaction of its own. */
    R sweepBatch();
}
