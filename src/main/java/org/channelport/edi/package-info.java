/**
 * EDI (issue 12, in progress): X12 and EDIFACT interchanges as one more channel of the orders context, with trading
 * profiles, acknowledgments, business documents out, transports (REST, SFTP, portal) and an archive. A context of its
 * own rather than {@code orders.edi} (the guide's sketch): profiles, interchanges, control numbers and transports are
 * state and rules of their own; orders stay the one place where an order is checked and booked, through its service.
 *
 * <p>Built so far (session 12): a partner's system posts X12 over REST ({@code POST /api/v1/edi/interchanges},
 * {@code InboundInterchanges}): matched to its trading profile ({@code TradingProfile}, kept by channel managers over
 * {@code PUT /api/v1/edi/profiles/{partnerId}}), refused whole with a TA1 when it must be, its 850s booked through the
 * orders context's service, answered by a 997, archived compressed ({@code ArchivedInterchange}) with gap-free
 * control numbers per profile (V21). Beneath: reading X12 interchanges ({@code EdiReader}: StAEDI with our transaction-set schemas in
 * {@code src/main/resources/edi}, generated from {@code src/edi-schemas}), what a 997 says of a group
 * ({@code FunctionalAcknowledgment}), writing the 997 and the TA1 ({@code X12Writer}), and what an 850 orders
 * ({@code IncomingOrder}). Session 13: an order booked from an 850 keeps where it came from ({@code OrderSource},
 * {@code EdiBooking}); when the supplier answers it, the partner's 855 is written from the orders context's event
 * ({@code OrderResponses}) into the outbound queue that the partner's system reads and confirms ({@code OutboundQueue},
 * {@code GET /api/v1/edi/outbound}); EDIFACT in: the same reader reads UNB interchanges ({@code EdiReader}), ORDERS are
 * booked like 850s ({@code IncomingOrder.ofOrders}) and answered by a CONTRL ({@code EdifactWriter}); SFTP built in
 * ({@code SftpGateway}, rule E12). Not yet: ORDRSP, 856/810/DESADV/INVOIC out, 860/ORDCHG, 820/REMADV, incoming
 * 997/999/CONTRL matched, SOAP, the portal's and console's pages, certification checklist, archive search. See the
 * issue's progress note.
 *
 * <p>Aggregates: {@code TradingProfile}, {@code ArchivedInterchange}, {@code OrderSource} ({@code EdiRepository}, JPA
 * in infrastructure); value objects {@code OrderResponse} (what an 855 says), {@code X12Units}.
 * What reading gives is records: {@code EdiInterchange}, {@code EdiGroup}, {@code EdiTransaction},
 * {@code EdiSegment}, {@code EdiProblem}, {@code EdiRead}.
 *
 * <p>Publishes to other contexts: nothing. To clients: REST {@code /api/v1/edi/interchanges} and
 * {@code /api/v1/edi/outbound} (partner systems) and {@code /api/v1/edi/profiles/{partnerId}} (channel managers);
 * SFTP on {@code app.edi.sftp.port} (partner systems, with their API credentials).
 * Consumes: orders ({@code OrderService}, {@code OrderRequest}, {@code LineRequest}, {@code OrderChannel}: an 850 is
 * booked as every channel's order; {@code CatalogQueries}: a line's product by GTIN; {@code OrderChanged},
 * {@code OrderEvents}, {@code PurchaseOrder}, {@code OrderLine}, {@code LineStatus}: the answer an 855 carries), partners
 * ({@code PartnerRoster}: a profile's partner exists), identity ({@code CurrentUser}), platform (audit).
 *
 * <p>Rules:
 * <ul>
 *   <li>E1: a file is read as its sender wrote it (X12 from ISA, EDIFACT from UNA or UNB; EDIFACT messages without UNG
 *       form one implicit group of their interchange), tolerant of what real files carry: a UTF-8 byte-order mark, CR/LF
 *       between or inside segments, lines wrapped anywhere, any legal delimiters, several interchanges in one file;
 *       bytes before the first ISA are skipped and counted. A file that ends early, or is no interchange at all,
 *       stops the reading with its reason; what was open is kept as incomplete, never booked.</li>
 *   <li>E2: envelopes and counts are checked by StAEDI's control schema; the content of a transaction set by our schema
 *       of its type and version (X12: the first six characters of ST03, else GS08: {@code 004010VICS} is 004010;
 *       EDIFACT: UNH's directory, {@code ORDERS:D:96A} is ORDERS-D96A); a set
 *       without one of our schemas is checked for its envelope only. Every problem is kept with its segment (tag and
 *       position from ST = 1), element and component, as acknowledgments name them.</li>
 *   <li>E3: a group is answered by a 997: each set accepted or rejected with X12's codes (AK3 segment, AK4 element,
 *       AK5 set, AK9 group: accepted, partially accepted, rejected), sender and receiver swapped, the test indicator
 *       and version kept; the written 997 is checked against our 997 schema before it leaves. A duplicate or broken
 *       interchange is answered by a TA1 (note 025: duplicate control number). An EDIFACT interchange is answered by
 *       a CONTRL when the profile asks (UCI 7 with a UCM per message: 7, or 4 with UN/EDIFACT's syntax error code and
 *       a UCS / UCD per wrong segment and element; a refused interchange: UCI 4 with the code of its refusal, 23
 *       unknown sender, 25 test indicator, 26 duplicate, 28 / 29 envelope references and counts).</li>
 *   <li>E2b: an interchange is refused whole, with a TA1 and nothing booked, when its envelope is broken (023 cut
 *       short, 021 / 001 counts and control numbers), when its sender and receiver are no trading profile of the
 *       caller's (006: a partner cannot send as another; archived as not recognized), when its test indicator is not
 *       the profile's (020: test files only while certifying, production files only after), when the profile
 *       accepted its control number within {@code app.edi.duplicate-window-days} (025; the first stays booked; one
 *       that was refused may come again under its number), or when its values cannot be echoed in a 997 as X12
 *       allows (024: the 997 is written before anything is booked). A group whose own header or trailer is wrong
 *       books nothing (AK9 R). A response names why reading stopped when a file breaks off after an
 *       interchange.</li>
 *   <li>E4: our control numbers are gap-free per profile and kind (ISA, GS), taken under a row lock.</li>
 *   <li>E5: a trading profile speaks X12 or EDIFACT and names a partner by its envelope pair (its qualifier and id as sender, ours as
 *       receiver), unique across partners; it is TEST or PRODUCTION and says whether the partner wants a 997.</li>
 *   <li>E7: an 850 orders what BEG, CUR, DTM 002, N1 ST and its PO1 lines say ({@code IncomingOrder}: the product by
 *       our SKU (VP, VN, SK, VA), its GTIN (UP, EN, UK) or the buyer's part number (BP); the ship-to by GLN (N103 UL)
 *       or the buyer's code); what cannot be read is a problem naming the element. It is booked through the orders
 *       service as an EDI order with every check of every channel (O10); the same PO again is the same order (O9). A
 *       line names our SKU or a GTIN of a product the partner may see (the buyer's part number lookup comes next);
 *       only original orders (BEG01
 *       00) are booked (changes and cancellations are 860s); the header's currency counts, not a line's. A test
 *       interchange books nothing.</li>
 *   <li>E9: every interchange in and out is archived compressed, with its status and a summary, audited.</li>
 *   <li>E10: an order booked from an 850 keeps, in the booking's transaction, where it came from (interchange, group,
 *       set; the order shows it: rule O28) and per line the buyer's line number (PO101) and part number. When its
 *       supplier answers it (the orders context's {@code ACKNOWLEDGED} change, on any channel), a partner whose profile
 *       is in production and asks for the 855 gets one, written from the order as answered, in the answer's
 *       transaction: BAK02 AD (all accepted as ordered), RD (all rejected) or AC; per line PO1 echoing the buyer's
 *       line number and part, our price, and ACK IA, IQ / IP / DR (one thing changed), IC (several), IB, IR, ID with
 *       the quantity we deliver and the date we promise (067). Units are written in X12's codes
 *       ({@code X12Units}; PO103 is read back into ours the same way).</li>
 *   <li>E11: what we write for a partner waits in its outbound queue until its system confirms it read it (read,
 *       then confirm: nothing lost, nothing read twice); an acknowledgment carried by the answer to a REST call is
 *       delivered with it. A partner sees and confirms its own documents only.</li>
 *   <li>E12: SFTP is a gateway to the same REST API, never a second way in: a partner's system signs in with its API
 *       credential (client id and secret; Keycloak issues its token, so a withdrawn credential cannot sign in), its
 *       home is its own and chrooted ({@code inbound/}, {@code outbound/}); a file closed after writing in
 *       {@code inbound/} is posted with that token to {@code /api/v1/edi/interchanges} (the same tenancy, checks,
 *       booking, archive and 10 MB limit), its acknowledgments and result are written to {@code outbound/} whole
 *       (moved into place) and it leaves {@code inbound/}; one that could not be sent stays and is sent again at the
 *       next sign-in. The outbound queue (E11) is written to {@code outbound/} at sign-in, after each upload and when
 *       the folder is listed, and confirmed once its file is there.</li>
 * </ul>
 */
package org.channelport.edi;
