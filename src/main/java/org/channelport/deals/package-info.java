/**
 * Deal registration: a partner claims an opportunity with an end customer; the check at submission shows both sides
 * what competes with it; channel managers approve, and the partner is protected from channel conflict for a period.
 *
 * <p>Aggregates: {@code DealRegistration} (with its product lines, {@code DealLine}), {@code PricingRequest}; owned
 * records {@code ConflictFinding} (what a submission found) and {@code DealAttachment}. The conflict decision
 * ({@code ConflictPolicy}) and the name measure ({@code Trigrams}, {@code CustomerKeys}) are pure domain code; the
 * application's {@code ConflictCheck} is the one place that locks, searches and judges, for every caller (a submission
 * on any channel, an approval, the demo loader).
 *
 * <p>Publishes to other contexts: nothing. To clients: REST {@code /api/v1/deal-registrations},
 * {@code /api/v1/deal-pricing-requests}, the sweep {@code deal} through platform's {@code /api/v1/deal-sweeps}, SOAP
 * {@code DealRegistration}; {@code DealQueries} (tenancy-filtered) is the read side of those channels and the pages.
 * To the homes: {@code DealAttention}, a platform {@code AttentionSource} (questions to answer, drafts, protections
 * ending, held and rejected registrations, pricing decisions; the managers' queues).
 * To the top bar's search: {@code DealSearch}, a platform {@code SearchSource} (by customer, domain or DR number).
 * Consumes: partners ({@code PartnerRoster}: tier, names, notification addresses; {@code PartnerTier}), leads
 * ({@code LeadQueries}: a held lead to prefill from, competing leads side by side; {@code OpenLeadKeys}: the leads the
 * conflict search compares, never the leads' tables), identity ({@code CurrentUser}, {@code Roles}), platform (audit
 * and its {@code HistoryEntry}, mail outbox, idempotency, sweeps, the managers' check, {@code Where},
 * {@code PagedTable}), the shared kernel ({@code CompanyNames} behind {@code CustomerKeys}).
 *
 * <p>Rules:
 * <ul>
 *   <li>D1: a registration names the end customer (company, country; web domain, tax id, region and contact when known),
 *       1 to 10 product lines each with an amount above 0, a currency deal registrations accept, an expected close date
 *       not in the past and a stage. Drafts are checked the same way. The check runs in the service only
 *       ({@code DealInput}, called by {@code DealRegistrationService}); channels pass on what they could not read (a
 *       wrong JSON type, an unreadable date), and every problem is reported at once. A lead to prefill from must be
 *       one the partner holds.</li>
 *   <li>D2: only the registering partner edits its registration, and only as a draft or after a manager asked for more
 *       information; it then resubmits, and the question, the answer and every decision stay in the history.</li>
 *   <li>D3: at submission the registration is compared with every active registration (submitted, held, waiting for
 *       information or a second approval, approved) of any partner, its own included, and with every open lead
 *       (offered, accepted, contacted, qualified) held by another partner: the same tax id or web domain (any
 *       country), or a similar name in the same country: the match names (normalized: legal suffix, case, punctuation
 *       and accents ignored; generic words such as group, systems, holdings left out) sharing a name block (a word's
 *       first four letters, or a long word's last four) with a trigram similarity of at least
 *       {@code app.deals.name-similarity}. A match conflicts when it shares a product line. A registration with
 *       conflicts is HELD for review; without, SUBMITTED.</li>
 *   <li>D4: a partner sees only its own registrations, attachments and history, on every channel; a foreign id answers
 *       "not found". Of a conflict it learns only that one exists; channel managers see the competing registrations
 *       and leads side by side. Submissions in one country are checked one after the other (a lock row per country),
 *       so of two partners registering the same customer at the same moment the second sees the first.</li>
 *   <li>D5: policy {@code app.deals.exact-match-on-protected}: REFUSE (default) refuses a submission whose tax id or
 *       domain matches another partner's approved registration, saving nothing on every channel (the portal's
 *       "submit" of an edited draft keeps the draft as it was); HOLD holds it. A registration is never
 *       approved while such a match exists.</li>
 *   <li>D6: only channel managers decide: approve, reject (with a reason) or ask for information (with a question).
 *       A registration worth more than its currency's threshold ({@code app.deals.currencies}) needs approvals from
 *       two different managers. Approval protects the partner for its tier's days ({@code app.deals.protection-days}),
 *       counting the day of approval.</li>
 *   <li>D7: a reminder is mailed {@code app.deals.reminder-days-before} days before the protection ends; the partner
 *       may ask once for an extension, which a manager approves ({@code app.deals.extension-days} more) or declines;
 *       the day after its last protected day the registration expires. The sweep runs every minute on every instance
 *       (FOR UPDATE SKIP LOCKED).</li>
 *   <li>D8: the partner closes an approved registration as won (with the amount) or lost (with a reason). Rejected,
 *       expired, won and lost registrations no longer block others.</li>
 *   <li>D9: on an approved registration a partner asks for special pricing on one of its product lines: a discount in
 *       percent, or a target price below the line's amount (kept with the discount it means), with a justification.
 *       A manager approves only within its authority ({@code app.deals.discount-authority}); beyond it, the manager
 *       escalates, and a manager whose authority covers the discount decides.</li>
 *   <li>D10: attachments are PDF, PNG or JPEG files whose first bytes match their extension, at most
 *       {@code app.deals.attachment-max-bytes} each and 10 per registration; removed only while the registration can
 *       be edited.</li>
 *   <li>D11: lists filter by partner, stage, status, country, region, product line, value range, close month and text
 *       (the customer's company, its web domain or the DR number; also the top bar's search), with count and value
 *       per currency (values in different currencies are never added), exportable to XLSX and CSV.</li>
 *   <li>D12: every decision (approval, rejection, question, extension, pricing, expiry) and every expiry reminder is
 *       mailed to the partner's administrators through the outbox and audited in the same transaction; CRMs read
 *       changes with {@code updatedSince} (REST) or {@code listDeals} (SOAP).</li>
 * </ul>
 *
 * <p>Out of scope: converting amounts between currencies (thresholds and totals are per currency), a parent
 * distributor's view of its agents' registrations, per-user time zones (dates are UTC days).
 */
package org.channelport.deals;
