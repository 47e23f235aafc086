package org.channelport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keycloak coordinates from configuration; read by the OIDC mechanism's EL expressions and by the token verifier. */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {
    @Inject
    @ConfigProperty(name = "app.keycloak.url", defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;
    @Inject
    @ConfigProperty(name = "app.keycloak.realm", defaultValue = "channelport")
    String realm;
    @Inject
    @ConfigProperty(name = "app.oidc.client-id", defaultValue = "channelport-portal")
    String clientId;
    /** A secret: from the environment (APP_OIDC_CLIENT_SECRET) in every real deployment. */
    @Inject
    @ConfigProperty(name = "app.oidc.client-secret", defaultValue = "portal-dev-secret")
    String clientSecret;
    /** app.base-url without a trailing slash (a configured one doubled the slash in links). */
    String baseUrl;

    @jakarta.annotation.PostConstruct
    void readBaseUrl() {
        baseUrl = org.channelport.platform.BaseUrl.get();
    }
    @Inject
    @ConfigProperty(name = "app.api.audience", defaultValue = "channelport-api")
    String audience;

    public String getProviderUri() { return keycloakUrl + "/realms/" + realm; }
    public String getClientId() { return clientId; }
    public String getClientSecret() { return clientSecret; }
    public String getPostLogoutUri() { return baseUrl + "/"; }
    public String getKeycloakUrl() { return keycloakUrl; }
    public String getRealm() { return realm; }
    public String getBaseUrl() { return baseUrl; }
    public String getAudience() { return audience; }
    public String getJwksUri() { return getProviderUri() + "/protocol/openid-connect/certs"; }
}
