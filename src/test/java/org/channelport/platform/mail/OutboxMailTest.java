package org.channelport.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Nothing is lost: a mail that fails is kept and tried again later, backing off up to an hour. */
class OutboxMailTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Instant nextAttempt(OutboxMail mail) throws ReflectiveOperationException {
        Field field = OutboxMail.class.getDeclaredField("nextAttemptAt");
        field.setAccessible(true);
        return (Instant) field.get(mail);
    }

    @Test
    void aNewMailIsDueAtOnce() throws Exception {
        assertThat(nextAttempt(new OutboxMail("a@b.example", "s", "t", NOW))).isEqualTo(NOW);
    }

    @Test
    void failuresBackOffExponentiallyAndNeverBeyondAnHour() throws Exception {
        var mail = new OutboxMail("a@b.example", "s", "t", NOW);
        mail.failed("connection refused", NOW);
        var first = Duration.between(NOW, nextAttempt(mail));
        mail.failed("connection refused", NOW);
        var second = Duration.between(NOW, nextAttempt(mail));
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);

        for (int i = 0; i < 30; i++) {
            mail.failed("still down", NOW);
        }
        assertThat(Duration.between(NOW, nextAttempt(mail))).isEqualTo(Duration.ofHours(1));
    }
}
