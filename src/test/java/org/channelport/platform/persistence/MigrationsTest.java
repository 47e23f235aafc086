package org.channelport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on the zero-setup database (H2, as Payara bundles it) with the same locations as at start-up.
 * (PostgreSQL gets them in every integration-test run.)
 */
class MigrationsTest {

    @Test
    void postgresqlGetsItsOwnMigrationsOnTopOfThePortableOnes() {
        assertThat(DatabaseMigrations.locations("PostgreSQL"))
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/postgresql");
        assertThat(Thread.currentThread().getContextClassLoader()
                .getResource("db/migration/postgresql/V1_1__audit_is_append_only.sql")).isNotNull();
    }

    @Test
    void theSchemaBuildsOnH2AndIsAtTheLatestVersion() throws Exception {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        var result = Flyway.configure().dataSource(dataSource)
                .locations(DatabaseMigrations.locations("H2"))
                .failOnMissingLocations(false).load().migrate();
        assertThat(result.success).isTrue();

        var tables = new ArrayList<String>();
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:migrations");
             var rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertThat(tables).contains("partner", "partner_application", "partner_user", "api_credential", "audit_entry",
                "outbox_mail", "partner_product_line");
    }
}
