/**
 * Platform: the plumbing every business context stands on; owns no business rules.
 *
 * <p>Provides: the datasource and Flyway migrations, and for native SQL which database this is ({@code NativeSql})
 * ({@code persistence}); the append-only audit trail ({@code audit}); JAX-RS activation with central problem+json
 * error mapping, body-size limits per resource method ({@code @BodyLimit}), the JSON syntax check, role checks,
 * request parameters, small JSON bodies and paging offsets ({@code Params}), public Location headers and
 * Idempotency-Key handling ({@code rest}); the CXF servlet that publishes SOAP endpoints and the
 * fault mapping every endpoint calls ({@code SoapFaults}, field by field for {@code FieldErrors}) ({@code soap});
 * Faces helpers (messages at fields, also of repeated rows such as {@code lines[1].amount}; {@code PagedTable} for
 * database-paged lists), language switch, error handling and redirects to the public base URL ({@code web}); the readiness check ({@code health}); and
 * the injected {@link java.time.Clock}.
 *
 * <p>Rules:
 * <ul>
 *   <li>P1: every state change of every aggregate writes an {@code AuditEntry} in the same transaction; entries are never
 *       updated or deleted (PostgreSQL enforces it with a trigger).</li>
 *   <li>P2: no stack trace or server detail reaches a user or client: unexpected errors are logged with a correlation id
 *       and answered with a generic message carrying that id, on every channel; errors that Jersey, CXF or the
 *       container answer themselves are problem+json on /api/ and faults on /soap/ ({@code MachineErrorBodies},
 *       {@code FaultTexts}). An answer repeats at most an excerpt of the caller's input (40 characters,
 *       {@code TextInput.excerpt}).</li>
 *   <li>P3: request bodies over {@code app.rest.max-body-bytes} are refused with 413 before they are parsed, whether they
 *       announce their length or stream it. The limit belongs to the resource method the request reaches
 *       ({@code @BodyLimit} names another setting: lead batches {@code app.rest.max-batch-bytes}, lead files
 *       {@code app.rest.max-import-bytes}, deal attachments {@code app.deals.attachment-max-bytes}), never to how the
 *       path is spelled; SOAP endpoints have theirs too ({@code SoapEndpoint.bodyLimit}, a 413 fault).</li>
 *   <li>P4: a POST with an {@code Idempotency-Key} is carried out once per client and key; a retry gets the stored
 *       answer, the same key with another body a 422; keys are forgotten after 7 days.</li>
 *   <li>P5: exported text that starts like a spreadsheet formula is prefixed with an apostrophe
 *       ({@code SpreadsheetCells}).</li>
 *   <li>P6: a change that loses a race with a concurrent one (unique key, version) is a conflict the client can
 *       retry, on every channel ({@code Conflicts}), never an error.</li>
 *   <li>P7: a JSON request body is one complete JSON document nested at most 32 levels, or a 400 problem, before any
 *       resource binds it ({@code JsonSyntax}).</li>
 *   <li>P8: redirects and the Location of created resources point at {@code app.base-url}, never at the request's Host
 *       header ({@code PublicRedirects}, {@code PublicLocations}; payara.sh gives the listener the base URL's host as
 *       its server name, for the URLs the container builds itself).</li>
 * </ul>
 *
 * <p>Out of scope: anything a business context could own itself.
 */
package org.channelport.platform;
