package org.channelport.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * For tests of the real repositories and services outside the server: an in-memory H2 database migrated by the
 * application's own Flyway scripts, and the test persistence unit on it.
 */
public final class H2Databases {
    private H2Databases() {}

    /** The database {@code url} (an H2 in-memory URL), migrated, and an EntityManagerFactory on it. */
    public static EntityManagerFactory migrated(String url) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations(DatabaseMigrations.locations("H2"))
                .failOnMissingLocations(false).load().migrate();
        return Persistence.createEntityManagerFactory("channelport-h2-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", ""));
    }
}
