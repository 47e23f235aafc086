package org.channelport.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's only datasource, and its schema brought up to date by Flyway before anything else runs.
 *
 * <p>The URL comes from configuration (APP_DB_URL / -Dapp.db.url); the defaults must stay inline because the WAR's own
 * microprofile-config.properties is not yet visible when Payara creates the datasource. Default: an H2 file under
 * ./data, so that the zero-setup demo keeps its data across restarts.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        className = "${MPCONFIG=app.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=app.db.url:jdbc:h2:file:./data/h2/channelport;AUTO_SERVER=TRUE}",
        user = "${MPCONFIG=app.db.user:sa}",
        password = "${MPCONFIG=app.db.password:sa}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Startup
@Singleton
public class DatabaseMigrations {
    public static final String DATASOURCE = "java:app/jdbc/channelport";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        var vendor = vendor();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor))
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " on " + vendor);
        ready.fire(new DatabaseReady());
    }

    /** Portable migrations first, then the vendor's own (e.g. the audit trigger on PostgreSQL). */
    public static String[] locations(String databaseProductName) {
        var vendor = databaseProductName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        return new String[]{"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    private String vendor() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }
}
