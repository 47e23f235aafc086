/**
 * EDI (issue 12, in progress): X12 and EDIFACT interchanges as one more channel of the orders context, with trading
 * profiles, acknowledgments, business documents out, transports (REST, SFTP, portal) and an archive. A context of its
 * own rather than {@code orders.edi} (the guide's sketch): profiles, interchanges, control numbers and transports are
 * state and rules of their own; orders stay the one place where an order is checked and booked, through its service.
 *
 * <p>Built so far (session 12): reading X12 interchanges ({@code X12Reader}: StAEDI with our transaction-set schemas in
 * {@code src/main/resources/edi}, generated from {@code src/edi-schemas}), what a 997 says of a group
 * ({@code FunctionalAcknowledgment}), writing the 997 and the TA1 ({@code X12Writer}), and what an 850 orders
 * ({@code PurchaseOrder850}). Not yet: persistence (profiles, archive, control numbers), booking through the orders
 * service, EDIFACT, 855/856/810 out, transports. See the progress note.
 *
 * <p>Aggregates: none yet (the read model is records: {@code EdiInterchange}, {@code EdiGroup},
 * {@code EdiTransaction}, {@code EdiSegment}, {@code EdiProblem}, {@code EdiRead}).
 *
 * <p>Publishes to other contexts: nothing. To clients: nothing yet. Consumes: nothing yet (it will call the orders
 * context's order service, which then publishes it).
 *
 * <p>Rules:
 * <ul>
 *   <li>E1: a file is read as its sender wrote it, tolerant of what real files carry: a UTF-8 byte-order mark, CR/LF
 *       between or inside segments, lines wrapped anywhere, any legal delimiters, several interchanges in one file;
 *       bytes before the first ISA are skipped and counted. A file that ends early, or is no interchange at all,
 *       stops the reading with its reason; what was open is kept as incomplete, never booked.</li>
 *   <li>E2: envelopes and counts are checked by StAEDI's control schema; the content of a transaction set by our schema
 *       of its type and version (the first six characters of ST03, else GS08: {@code 004010VICS} is 004010); a set
 *       without one of our schemas is checked for its envelope only. Every problem is kept with its segment (tag and
 *       position from ST = 1), element and component, as acknowledgments name them.</li>
 *   <li>E3: a group is answered by a 997: each set accepted or rejected with X12's codes (AK3 segment, AK4 element,
 *       AK5 set, AK9 group: accepted, partially accepted, rejected), sender and receiver swapped, the test indicator
 *       and version kept; the written 997 is checked against our 997 schema before it leaves. A duplicate or broken
 *       interchange is answered by a TA1 (note 025: duplicate control number).</li>
 *   <li>E7: an 850 orders what BEG, CUR, DTM 002, N1 ST and its PO1 lines say ({@code PurchaseOrder850}: the product by
 *       our SKU (VP, VN, SK, VA), its GTIN (UP, EN, UK) or the buyer's part number (BP); the ship-to by GLN (N103 UL)
 *       or the buyer's code); what cannot be read is a problem naming the element.</li>
 * </ul>
 */
package org.channelport.edi;
