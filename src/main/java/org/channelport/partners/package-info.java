/**
 * Partners: the organizations that sell through the channel, how they join, and who works for them.
 *
 * <p>Aggregates: {@code PartnerApplication} (a company's request to join), {@code Partner} (an approved organization:
 * type, tier, status, parent distributor), {@code PartnerUser} (a person of a partner, mirrored from Keycloak) and
 * {@code ApiCredential} (a partner system's Keycloak client).
 *
 * <p>Publishes to other contexts exactly: {@code PartnerRoster} (with {@code PartnerRoster.Member}: every partner's
 * type, tier, status, territory and product lines; names by id; suspended partners; administrators' notification
 * addresses; a partner's active users; the currency of its country, {@code homeCurrency}), {@code PartnerAddresses}
 * (with {@code PartnerAddresses.ShipTo}: the ship-to addresses an order may name, by id or GLN), the event {@code PartnerSuspended}, and the enums {@code PartnerType} and
 * {@code PartnerTier} (routing criteria, protection periods by tier). Nothing else here is used outside this package.
 * To clients: REST {@code /api/v1/partners}, {@code /api/v1/partner-applications}, {@code /api/v1/addresses}, SOAP
 * {@code PartnerDirectory}; the portal's {@code /portal/partners/addresses.xhtml}.
 * {@code PartnerDirectory} (returning {@code PartnerSummary} / {@code PartnerUserSummary}, tenancy-filtered) is the
 * read side of those channels and of the console's pages, not an API of other contexts.
 * To the homes: {@code PartnerAttention}, a platform {@code AttentionSource} (applications to review).
 * To the top bar's search: {@code PartnerSearch}, a platform {@code SearchSource} (by name, console only).
 * Consumes: identity ({@code CurrentUser}, {@code KeycloakUserGateway}), platform (audit and its {@code HistoryEntry},
 * mail outbox, the managers' check, {@code Where}, {@code PagedTable}), the shared kernel ({@code CompanyNames}).
 *
 * <p>Rules:
 * <ul>
 *   <li>PA1: an application needs company name, type, country (ISO), tax or registration id, at least one product
 *       line, contact name and a valid e-mail; website and phone, when given, must be well-formed.</li>
 *   <li>PA2: an application whose normalized company name or tax id equals an existing partner's, or a pending
 *       application's, is refused (names compare without case, accents, punctuation and legal suffixes).</li>
 *   <li>PA3: a suspended partner's users, and its API credentials, are refused on every channel; so are deactivated
 *       users and revoked credentials, even while their Keycloak tokens have not yet expired.</li>
 *   <li>PA4: only submitted applications are decided; approval needs a tier and provisions the Keycloak group and the
 *       applicant as partner-admin, and mails the invitation; rejection needs a reason. The application's mails and
 *       the administrator's invitation are in the language it was written in (the apply page's; English from the
 *       API).</li>
 *   <li>PA5: a partner sees only its own organization (profile, users, history); a foreign id answers 404.</li>
 *   <li>PA6: only a partner-admin invites or deactivates users of its own organization, never itself.</li>
 *   <li>PA7: only an agent or a retailer can be linked to a parent, and the parent must be an active distributor.</li>
 *   <li>PA11: a partner keeps ship-to and bill-to addresses (label, recipient, street, city and country required;
 *       an optional GLN of 13 digits with its GS1 check digit, unique across all addresses); its administrators and
 *       systems add, change and deactivate them (never delete: orders keep what they shipped to), one default per
 *       kind; every person of the partner reads them; another partner's address is "not found". Audited.</li>
 *   <li>PA8: API credentials are shown once (the secret is never stored) and can be revoked; revoked is final.</li>
 *   <li>PA9: a person's name (an applicant's contact name, an invited user's first and last name) is one Keycloak's
 *       user profile stores: none of {@code < > & " $ % ! # ? § ; * ~ / \ | ^ = [ ] { } ( )}, no line breaks or
 *       control characters, at most 255 characters ({@code PersonNames}); refused at the field on every channel.</li>
 *   <li>PA10 (issue 10): a person's first sign-in is recorded once per browser session ({@code PartnerAccess.noteSignIn},
 *       audited "First sign-in"); until then an active person shows as "Invited", and the administrators' home says how
 *       many colleagues have not signed in yet ({@code PartnerAttention}). The first sign-in that asks for the portal's
 *       home lands on the first steps ({@code /portal/welcome.xhtml}, {@code WelcomeView}); a link to another page is
 *       kept. The home's "Getting started" card shows while a step that can be ticked is open.</li>
 * </ul>
 *
 * <p>Out of scope here: what a parent distributor may see of its agents and retailers (comes with leads, deals, orders).
 */
package org.channelport.partners;
