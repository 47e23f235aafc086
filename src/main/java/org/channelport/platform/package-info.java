/**
 * Platform: the plumbing every business context stands on; owns no business rules.
 *
 * <p>Provides: the datasource and Flyway migrations, and for native SQL which database this is ({@code NativeSql})
 * ({@code persistence}); the append-only audit trail ({@code audit}); JAX-RS activation with central problem+json
 * error mapping, body-size limits, role checks, request parameters, small JSON bodies and paging offsets
 * ({@code Params}) and Idempotency-Key handling ({@code rest}); the CXF servlet that publishes SOAP endpoints and the
 * fault mapping every endpoint calls ({@code SoapFaults}, field by field for {@code FieldErrors}) ({@code soap});
 * Faces helpers (messages at fields, also of repeated rows such as {@code lines[1].amount}; {@code PagedTable} for
 * database-paged lists), language switch, error handling and the headers of every answer ({@code web}); the readiness
 * check ({@code health}); and the injected {@link java.time.Clock}.
 *
 * <p>Rules:
 * <ul>
 *   <li>P1: every state change of every aggregate writes an {@code AuditEntry} in the same transaction; entries are never
 *       updated or deleted (PostgreSQL enforces it with a trigger).</li>
 *   <li>P2: no stack trace or server detail reaches a user or client: unexpected errors are logged with a correlation id
 *       and answered with a generic message carrying that id, on every channel.</li>
 *   <li>P3: request bodies over {@code app.rest.max-body-bytes} are refused with 413 before they are parsed (lead
 *       batches, lead files and deal attachments have limits of their own: {@code app.rest.max-batch-bytes},
 *       {@code app.rest.max-import-bytes}, {@code app.deals.attachment-max-bytes}).</li>
 *   <li>P4: a POST with an {@code Idempotency-Key} is carried out once per client and key; a retry gets the stored
 *       answer, the same key with another body a 422; keys are forgotten after 7 days.</li>
 *   <li>P5: exported text that starts like a spreadsheet formula is prefixed with an apostrophe
 *       ({@code SpreadsheetCells}): every text column of every CSV/XLSX export passes through
 *       {@code spreadsheetCells.text(...)} (PageExpressionsTest checks the pages); XLSX cells are text, never
 *       formulas.</li>
 *   <li>P6: a change that loses a race with a concurrent one (unique key, version) is a conflict the client can
 *       retry, on every channel ({@code Conflicts}), never an error.</li>
 *   <li>P7: text from data never runs as script in a page: JSON written into an inline script escapes {@code <},
 *       {@code >}, {@code &}, U+2028 and U+2029 ({@code ScriptJson}; every {@code p:chart} through
 *       {@code ScriptSafeChartRenderer}), and pages carry a Content-Security-Policy that runs only the app's own
 *       script files and inline scripts with the page's nonce (PrimeFaces' CSP mode, web.xml): no inline event
 *       handlers, no inline {@code <script>} of our own in the pages.</li>
 *   <li>P8: every answer carries {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin};
 *       answers of the portal, the console, the API and SOAP (also their error answers) carry
 *       {@code Cache-Control: no-store} ({@code SecurityHeadersFilter}, {@code ErrorBodies}); the session cookie is
 *       HttpOnly and SameSite=Lax (Lax: Keycloak's redirect back to /callback must bring it).</li>
 *   <li>P9: public endpoints allow {@code app.rate-limit.<bucket>.per-minute} calls (10 by default) per client address
 *       and clock minute; the next is a 429 with Retry-After until the minute ends ({@code RateLimiter}).</li>
 * </ul>
 *
 * <p>Out of scope: anything a business context could own itself.
 */
package org.channelport.platform;
