package org.channelport.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ScheduleExpression;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one loop behind every sweep (rules L12, D7): batches until one finds nothing due, their counts added up. */
class SweeperTest {

    record Count(int done) implements Sweep.Tally<Count> {
        @Override
        public Count plus(Count other) {
            return new Count(done + other.done);
        }

        @Override
        public boolean idle() {
            return done == 0;
        }
    }

    /** Answers the given batch results in order, then idle ones; counts the batches it ran. */
    static final class Scripted implements Sweep<Count> {
        final ArrayDeque<Integer> script;
        int batches;

        Scripted(List<Integer> script) {
            this.script = new ArrayDeque<>(script);
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public ScheduleExpression schedule() {
            return new ScheduleExpression();
        }

        @Override
        public Count sweepBatch() {
            batches++;
            return new Count(script.isEmpty() ? 0 : script.poll());
        }
    }

    @Test
    void batchesRunUntilOneIsIdleAndTheirCountsAddUp() {
        var sweep = new Scripted(List.of(100, 100, 7));

        assertThat(new Sweeper().sweepAll(sweep)).isEqualTo(new Count(207));
        assertThat(sweep.batches).as("three batches with work, then the idle one that ends the sweep").isEqualTo(4);
    }

    @Test
    void nothingDueIsOneIdleBatch() {
        var sweep = new Scripted(List.of());

        assertThat(new Sweeper().sweepAll(sweep).idle()).isTrue();
        assertThat(sweep.batches).isEqualTo(1);
    }

    @Test
    void aSweepThatNeverRunsOutOfWorkStopsAtTheBound() {
        var sweep = new Scripted(java.util.Collections.nCopies(Sweeper.MAX_BATCHES + 5, 1));

        assertThat(new Sweeper().sweepAll(sweep)).isEqualTo(new Count(Sweeper.MAX_BATCHES));
        assertThat(sweep.batches).isEqualTo(Sweeper.MAX_BATCHES);
    }
}
