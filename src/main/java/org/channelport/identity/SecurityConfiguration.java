package org.channelport.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser login (rule I1) with Keycloak. Groups come from the {@code groups} claim (realm roles), mapped 1:1 to roles.
 * {@code redirectToOriginalResource} stays false (it makes Soteria fail on the restored request); /callback routes
 * the user to their home instead.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcSettings.postLogoutUri}"))
@DeclareRoles({Roles.PARTNER_USER, Roles.PARTNER_ADMIN, Roles.PARTNER_API, Roles.CHANNEL_MANAGER, Roles.ERP_INTEGRATION})
@ApplicationScoped
public class SecurityConfiguration {
}
