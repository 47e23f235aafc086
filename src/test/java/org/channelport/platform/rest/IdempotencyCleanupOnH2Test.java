package org.channelport.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.channelport.platform.persistence.DatabaseMigrations;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Rule P4: stored answers are forgotten after seven days, and only those (the real query, on H2). */
class IdempotencyCleanupOnH2Test {
    private static final String URL = "jdbc:h2:mem:idempotency;DB_CLOSE_DELAY=-1";

    @Test
    void answersOlderThanSevenDaysAreForgottenAndNewerOnesKept() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations(DatabaseMigrations.locations("H2"))
                .failOnMissingLocations(false).load().migrate();
        var factory = Persistence.createEntityManagerFactory("channelport-h2-test", Map.of(
                "jakarta.persistence.jdbc.url", URL, "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", ""));
        try {
            var em = factory.createEntityManager();
            var now = Instant.parse("2026-11-30T03:17:00Z");
            em.getTransaction().begin();
            em.persist(new IdempotencyRecord("erp", "old", "h", 201, null, "{}", now.minus(Duration.ofDays(8))));
            em.persist(new IdempotencyRecord("erp", "recent", "h", 201, null, "{}", now.minus(Duration.ofDays(6))));
            em.getTransaction().commit();

            var cleanup = new IdempotencyCleanup();
            cleanup.em = em;
            cleanup.clock = Clock.fixed(now, ZoneOffset.UTC);
            em.getTransaction().begin();
            cleanup.forgetOldKeys();
            em.getTransaction().commit();
            em.clear();

            assertThat(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key("erp", "old"))).isNull();
            assertThat(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key("erp", "recent"))).isNotNull();
        } finally {
            factory.close();
        }
    }
}
