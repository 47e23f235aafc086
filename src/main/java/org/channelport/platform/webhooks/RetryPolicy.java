package org.channelport.platform.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Rule W3: a failed delivery is tried again after {@code first}, then after as long as it has been tried so far (so
 * the waits double: 30 s, 30 s, 1 min, 2 min, 4 min, ...; at most {@link #LONGEST} between two attempts), for as
 * long as its retry window lasts (24 hours in production): the last attempt is made when the window ends; one that
 * fails then leaves the delivery dead, waiting for its owner to replay it, which starts a new window.
 *
 * @param first  the wait after the first failed attempt
 * @param window how long a delivery is tried, from its first attempt or its last replay
 */
public record RetryPolicy(Duration first, Duration window) {
    static final Duration LONGEST = Duration.ofHours(3);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || window.compareTo(first) < 0) {
            throw new IllegalArgumentException("first retry " + first + " must be positive and within the window " + window);
        }
    }

    /** When to try again after an attempt failed at {@code now}; empty: the delivery is dead. */
    public Optional<Instant> nextAttempt(Instant windowStart, Instant now) {
        var wait = Duration.between(windowStart, now);
        if (wait.compareTo(first) < 0) {
            wait = first;
        }
        if (wait.compareTo(LONGEST) > 0) {
            wait = LONGEST;
        }
        var end = windowStart.plus(window);
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        var next = now.plus(wait);
        return Optional.of(next.isAfter(end) ? end : next);
    }
}
