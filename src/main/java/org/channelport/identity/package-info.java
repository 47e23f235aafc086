/**
 * Identity: who is calling, on every channel, as decided by Keycloak.
 *
 * <p>Owns no aggregate. Publishes {@link org.channelport.identity.CurrentUser} (caller, roles, partner id, API client
 * id) and {@link org.channelport.identity.KeycloakUserGateway} (provisioning of partner groups, users and API clients
 * through keycloak-admin-client, with the provisioner service account's token).
 *
 * <p>Rules:
 * <ul>
 *   <li>I1: browsers log in with OpenID Connect (Jakarta Security) and land on the page they asked for, if it is one
 *       of their own area's ({@code ReturnTarget}: a link from a mail or a bookmark survives sign-in), else on
 *       /portal/ (partners) or /manage/ (channel managers); logout ends the Keycloak session too.</li>
 *   <li>I2: /api/ and /soap/ accept only Keycloak bearer tokens (RS256, issuer and audience {@code channelport-api}
 *       checked, not expired): 401 problem+json without or with a bad token, never a redirect to the login page.</li>
 *   <li>I3: the partner a caller acts for comes only from the token's {@code partner_id} claim (set on the partner's
 *       Keycloak group), never from request input.</li>
 *   <li>I4: roles come from the caller's verified token only: the bearer token's {@code groups} claim on /api and
 *       /soap, the browser session's ID token elsewhere ({@link org.channelport.identity.CurrentUser#roles()}). The
 *       portal is for partner-user and partner-admin, its API-credentials page for partner-admin, the console for
 *       channel-manager ({@link org.channelport.identity.PageAccess}); resources' {@code @RolesAllowed} are checked
 *       the same way. Never the container's role check: Payara loses a signed-in caller's groups under load
 *       (payara/Payara#6145), which refused 4-9 % of signed-in page requests. Proved by SignedInLoadIT.</li>
 *   <li>I5: /metrics and the details of /health answer only a bearer token with a role of {@code app.operations.roles}
 *       ({@code operator}), or this host when {@code app.operations.allow-loopback} is on (off by default);
 *       /health/ready, /health/live and /health/started (the probes) answer anyone with only UP or DOWN.</li>
 * </ul>
 *
 * <p>Consumes: the realm in config/keycloak. Out of scope: whether a partner or user is still active (partners
 * decides, see partners rule PA3).
 */
package org.channelport.identity;
