package org.channelport.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private final RetryPolicy production = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(24));

    /** Every attempt of a delivery whose receiver always fails, from {@code start} until it is dead. */
    private List<Instant> attemptsFailingFrom(Instant start) {
        var attempts = new ArrayList<Instant>();
        Optional<Instant> next = Optional.of(start);
        while (next.isPresent()) {
            attempts.add(next.get());
            next = production.nextAttempt(start, next.get());
        }
        return attempts;
    }

    @Test
    void waitsDoubleFromTheFirstRetryUpToThreeHours() {
        var attempts = attemptsFailingFrom(START);
        var waits = new ArrayList<Duration>();
        for (int i = 1; i < attempts.size(); i++) {
            waits.add(Duration.between(attempts.get(i - 1), attempts.get(i)));
        }
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4)), waits.subList(0, 5));
        assertTrue(waits.stream().allMatch(w -> w.compareTo(Duration.ofHours(3)) <= 0), waits.toString());
        assertEquals(Duration.ofHours(3), waits.get(waits.size() - 2));
    }

    /** Failing every time, a delivery is tried for a day and then given up: not earlier, not later. */
    @Test
    void aDeliveryThatAlwaysFailsIsTriedForTwentyFourHoursThenDead() {
        var attempts = attemptsFailingFrom(START);
        assertEquals(START.plus(Duration.ofHours(24)), attempts.get(attempts.size() - 1), "the last attempt ends the window");
        assertTrue(attempts.size() >= 12 && attempts.size() <= 20, attempts.size() + " attempts");
    }

    /** A replay opens a new window: short waits again, and another day of attempts. */
    @Test
    void aReplayStartsANewWindow() {
        var replayed = START.plus(Duration.ofDays(3));
        assertTrue(production.nextAttempt(START, replayed).isEmpty(), "the old window is over");
        assertEquals(Optional.of(replayed.plusSeconds(30)), production.nextAttempt(replayed, replayed));
        assertEquals(attemptsFailingFrom(START).size(), attemptsFailingFrom(replayed).size());
    }

    @Test
    void refusesAWindowShorterThanTheFirstWait() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1)));
    }
}
