package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness (issue item 11), the append-only audit trail (rule P1) and what responses reveal about the server (P2). */
class PlatformIT {

    /** The checks behind readiness are shown to operators only (identity rule I5; anonymous callers get UP or DOWN). */
    @Test
    void readinessReportsTheDatabaseAndKeycloak() {
        var reply = Http.get("/health/ready", Http.clientToken("ops-monitor", "ops-dev-secret"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var checks = reply.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(checks).extracting(c -> c.getString("name") + "=" + c.getString("status"))
                .contains("database=UP", "keycloak=UP");
    }

    @Test
    void auditEntriesCanNeitherBeChangedNorDeletedInTheDatabase() throws SQLException {
        var id = PartnerFixture.apply(TestEnvironment.unique("Audit Co"), "RETAILER",
                "AU-" + System.nanoTime(), "audit-" + System.nanoTime() + "@it.example");
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "")) {
            try (var count = connection.prepareStatement("select count(*) from audit_entry where subject_id = ?")) {
                count.setString(1, id.toString());
                var rows = count.executeQuery();
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("update audit_entry set actor = 'mallory' where subject_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("delete from audit_entry where subject_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void responsesDoNotNameTheServer() {
        for (var reply : new Http.Reply[]{Http.get("/", null), Http.get("/api/v1/partners", null),
                Http.postJson("/api/v1/partner-applications", "{", null, Map.of())}) {
            assertThat(reply.header("Server")).as("Server header").isNull();
            assertThat(reply.header("X-Powered-By")).as("X-Powered-By header").isNull();
        }
    }

    @Test
    void anUnknownPageAnswersTheFriendlyNotFoundPage() {
        var reply = Http.get("/no/such/page.xhtml", null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("does not exist").doesNotContain("at org.", "at java.", "Exception:");
    }
}
