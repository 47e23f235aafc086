/**
 * Leads: prospective customers the brand owner shares with partners, routed by rules a channel manager can read,
 * explained, and taken back when they are not worked.
 *
 * <p>Aggregates: {@code Lead} (with its offers, {@code LeadAssignment}, each keeping the explanation of the routing
 * decision) and {@code RoutingRule}. The router ({@code LeadRouter}) is pure domain code over a snapshot of rules and
 * partners ({@code RoutingData}).
 *
 * <p>Publishes to other contexts exactly: {@code LeadQueries} with its rows {@code LeadSummary} (read side,
 * tenancy-filtered: deal registration prefills from a lead the partner holds and shows competing leads side by side)
 * and {@code OpenLeadKeys} (for deal registration's conflict search: leads by name block, and which of them are open and
 * another partner's; the only reader of this context's tables outside its repositories). To clients: REST
 * {@code /api/v1/leads}, {@code /api/v1/lead-imports}, {@code /api/v1/routing-rules}, the sweep {@code lead} through
 * platform's {@code /api/v1/lead-sweeps}, SOAP {@code LeadExchange}.
 * To the homes: {@code LeadAttention}, a platform {@code AttentionSource} (offers and follow-ups due; unrouted leads
 * and SLA recalls for managers).
 * To the top bar's search: {@code LeadSearch}, a platform {@code SearchSource} (by company).
 * Consumes: partners ({@code PartnerRoster}: candidates, names, notification addresses; {@code PartnerSuspended};
 * {@code PartnerType}, {@code PartnerTier}), identity ({@code CurrentUser}, {@code Roles}), platform (audit and its
 * {@code HistoryEntry}, mail outbox, idempotency, sweeps, the managers' check, {@code Where}, {@code PagedTable}), the
 * shared kernel ({@code CompanyNames}: the normalized company name and name blocks deal registration compares).
 *
 * <p>Rules:
 * <ul>
 *   <li>L1: a lead needs a company, a known country (ISO) and a product line; contact e-mail and phone, when given, are
 *       well-formed; an estimated value is 0 or more, with at most two decimals and a currency. The same check on
 *       every channel ({@code LeadInput}).</li>
 *   <li>L2: a brand-owner lead with the e-mail of an existing lead, or the same normalized company name in the same
 *       country, is a duplicate and is not created (console, CRM API, imports); importing a file again creates
 *       nothing new. An import reports every skipped row with its line and reason and imports the good rows; a file
 *       with the wrong type, columns or encoding, or an empty one, is refused whole.</li>
 *   <li>L3: a lead a partner registers is its own at once (accepted), never routed and never recalled.</li>
 *   <li>L4: routing rules are tried in their order; a rule applies when the lead matches its countries, regions,
 *       postal-code prefixes and product lines (empty means any); its candidates are the partners located in its
 *       territory (its countries, else the lead's country) that sell the product line; candidate criteria (partner
 *       types, lowest tier, lowest score) and the capacity cap filter them; the strategy (round robin, weighted by
 *       tier, best score) picks one. The first rule with an eligible candidate decides. Routing is deterministic;
 *       a preview routes open leads with a draft rule and changes nothing, listing first the leads the draft takes.</li>
 *   <li>L5: a partner's performance score is the mean of its acceptance rate (accepted among offers decided) and its
 *       conversion rate (converted among accepted) over the last 90 days; 0.5 without decided offers.</li>
 *   <li>L6: every offer keeps its explanation: the rule that matched, the rules tried before and why they did not
 *       apply, and each candidate considered with the reason it was chosen or passed over (at most 25 listed). A lead
 *       no rule can place waits in the managers' queue with the reason.</li>
 *   <li>L7: a lead is never offered again to a partner that declined it or from which it was recalled.</li>
 *   <li>L8: a capacity cap counts the brand-owner leads a partner holds open (offered, accepted, contacted,
 *       qualified), including those offered earlier in the same batch.</li>
 *   <li>L9: a partner sees and changes only the leads it holds or registered, on every channel (pages, REST, SOAP,
 *       exports); a foreign id answers "not found". Until it accepts an offer it sees only the company, country,
 *       region, product line and deadline: no contact, postal code, value, source or notes.</li>
 *   <li>L10: an offer must be accepted (or declined, with a reason) before the rule's acceptance SLA runs out; a
 *       reminder is mailed before the deadline ({@code app.leads.reminder-hours-before}, at most half the SLA); an
 *       offer not accepted in time, or an accepted lead not updated within the follow-up SLA, is recalled and
 *       re-routed at once. Accepting after the deadline is refused.</li>
 *   <li>L11: a worked lead moves forward only: contacted, qualified, then disqualified (with a reason) or converted
 *       (with the opportunity's value, currency and an expected close date not in the past); each update restarts
 *       the follow-up SLA. A partner admin may hand a lead to an active colleague of the same partner.</li>
 *   <li>L12: reminders and recalls run every 30 seconds on every instance; leads are claimed with FOR UPDATE SKIP
 *       LOCKED and re-checked under their row lock, so several instances never recall a lead twice and miss none; an
 *       acceptance racing a recall is decided by the row lock: one wins, the other sees the new state.</li>
 *   <li>L13: every offer, reminder and recall is mailed to the partner's administrators through the mail outbox in the
 *       transaction of the change; offers of one batch (an import, a sweep) go out as one digest per partner.</li>
 *   <li>L14: a channel manager may reassign a lead to any active partner with a note, which becomes the offer's
 *       explanation; the partner that held it is told.</li>
 *   <li>L15: the open leads of a suspended partner are recalled and re-routed at once (and by every sweep).</li>
 * </ul>
 * Every change writes an audit entry (rule P1).
 *
 * <p>Out of scope here: opening a deal registration from a converted lead (comes with the deals context), what a
 * parent distributor sees of its agents' leads, per-user time zones (deadlines show in UTC).
 */
package org.channelport.leads;
