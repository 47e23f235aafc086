package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Identity rule I5: Payara's /metrics and the details of /health are for operators (realm role {@code operator} by
 * default, here the demo service account ops-monitor); load balancers read /health/ready and /health/live as plain
 * UP or DOWN. The test servers run with {@code app.operations.allow-loopback=false}: these tests come from loopback.
 */
class OperationsEndpointsIT {
    private static final List<String> CLOSED = List.of("/metrics", "/metrics/", "/metrics/base", "/metrics/vendor",
            "/metrics?scope=base", "/metrics;x=1", "/%6detrics", "/health", "/health/", "/health/well");

    private static String operator() {
        return Http.clientToken("ops-monitor", "ops-dev-secret");
    }

    @Test
    void anonymousCallersGet401ForMetricsAndHealthDetails() {
        for (var path : CLOSED) {
            var reply = Http.get(path, null);

            assertThat(reply.status()).as(path + ": " + describe(reply)).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as(path).startsWith("Bearer");
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(reply.body().toLowerCase(Locale.ROOT)).as(path).doesNotContain("heap", "thread", "pool", "checks");
        }
    }

    @Test
    void aValidTokenWithoutTheOperatorRoleGets403AndAnInvalidOne401() {
        var erp = Http.erpToken();
        for (var path : List.of("/metrics", "/health")) {
            assertThat(Http.get(path, erp).status()).as(path).isEqualTo(403);
            assertThat(Http.get(path, "not-a-token").status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void anOperatorReadsTheMetricsAndTheHealthChecks() {
        var token = operator();

        var metrics = Http.get("/metrics", token);
        assertThat(metrics.status()).as(describe(metrics)).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");

        var health = Http.get("/health", token);
        assertThat(health.status()).as(describe(health)).isEqualTo(200);
        assertThat(health.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name") + "=" + c.getString("status"))
                .contains("database=UP", "keycloak=UP");
    }

    @Test
    void loadBalancersReadReadinessAndLivenessAsPlainUpOrDown() {
        for (var path : List.of("/health/ready", "/health/live")) {
            var reply = Http.get(path, null);

            assertThat(reply.status()).as(path + ": " + describe(reply)).isEqualTo(200);
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(reply.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private static String describe(Http.Reply reply) {
        return "HTTP " + reply.status() + " " + reply.header("Content-Type") + " body: "
                + reply.body().substring(0, Math.min(300, reply.body().length()));
    }
}
