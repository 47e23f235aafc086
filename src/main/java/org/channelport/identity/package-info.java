/**
 * Identity: who is calling, on every channel, as decided by Keycloak.
 *
 * <p>Owns no aggregate. Publishes {@link org.channelport.identity.CurrentUser} (caller, roles, partner id, API client
 * id) and {@link org.channelport.identity.KeycloakUserGateway} (provisioning of partner groups, users and API clients
 * through keycloak-admin-client, with the provisioner service account's token).
 *
 * <p>Rules:
 * <ul>
 *   <li>I1: browsers log in with OpenID Connect (Jakarta Security) and land on /portal/ (partners) or /manage/
 *       (channel managers); logout ends the Keycloak session too.</li>
 *   <li>I2: /api/ and /soap/ accept only Keycloak bearer tokens (RS256, issuer and audience {@code channelport-api}
 *       checked, not expired): 401 problem+json without or with a bad token, never a redirect to the login page.</li>
 *   <li>I3: the partner a caller acts for comes only from the token's {@code partner_id} claim (set on the partner's
 *       Keycloak group), never from request input.</li>
 *   <li>I4: /metrics and the details of /health answer only a bearer token with a role of {@code app.operations.roles}
 *       ({@code operator}), or this host when {@code app.operations.allow-loopback} is on (off by default);
 *       /health/ready and /health/live answer anyone with only UP or DOWN.</li>
 * </ul>
 *
 * <p>Consumes: the realm in config/keycloak. Out of scope: whether a partner or user is still active (partners
 * decides, see partners rule PA3).
 */
package org.channelport.identity;
