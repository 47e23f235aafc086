package org.channelport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the realm's discovery document answers: without Keycloak nobody can sign in. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    OidcSettings settings;

    @Override
    public HealthCheckResponse call() {
        try {
            var request = HttpRequest.newBuilder(URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            var status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("keycloak").status(status == 200).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.down("keycloak");
        }
    }
}
