/**
 * Platform: the plumbing every business context stands on; owns no business rules.
 *
 * <p>Provides: the datasource and Flyway migrations, for native SQL which database this is and IN lists of a few
 * fixed lengths ({@code NativeSql}), and the filter of every list's read queries ({@code Where}) ({@code persistence});
 * the append-only audit trail, the history rows pages and APIs show of it ({@code HistoryEntry}) and the details the
 * server writes into it without a language ({@code AuditDetail}) ({@code audit}); what needs each person on their home
 * ({@code attention}); the top bar's search ({@code search}); notifications, which contexts add in the transaction of
 * the change and people read in their language, their own only, for 90 days, mailed as each person chose per kind (at
 * once, in the daily digest, not at all), and each person's settings (language of mails, time zone of dates,
 * deliveries) ({@code notify});
 * JAX-RS activation with central problem+json error mapping, body-size limits per resource method
 * ({@code @BodyLimit}), the JSON syntax check, role checks, request parameters and paging offsets ({@code Params}), public Location headers and Idempotency-Key handling, and the
 * error answers, success codes and body schemas of every operation in the OpenAPI document ({@code ApiDocumentFilter},
 * {@code ApiSchemas}: the document must equal the committed contract, {@code src/main/openapi}), JSON request bodies
 * as records ({@code JsonBodies}) ({@code rest}); the CXF servlet that
 * publishes SOAP endpoints and the fault mapping every endpoint calls ({@code SoapFaults}, field by field for
 * {@code FieldErrors}) ({@code soap}); Faces helpers (messages at fields, also of repeated rows such as
 * {@code lines[1].amount}; {@code PagedTable} for database-paged lists; {@code Formats}, {@code Navigation},
 * {@code ListMemory}), language switch, error handling, the headers of
 * every answer, redirects to the public base URL, and where a request goes however its path is spelled
 * ({@code RequestPaths}, for every decision by path) ({@code web}); the public base URL itself ({@code BaseUrl}); the check of what only channel managers may do ({@code access}); the readiness check
 * ({@code health}); pictures people upload, read safely and drawn anew ({@code images}); PDF documents
 * ({@code pdf}); file imports with progress and a row report ({@code imports}); signed webhooks: subscriptions of a partner's or of the brand owner's, the outbox of deliveries
 * that contexts fill in the transaction of a change ({@code Webhooks.publish}, with the event types each context
 * names in a {@code WebhookTopics} bean), the dispatcher, dead letters and replays, pages and REST
 * ({@code webhooks}); the sweeps of work that falls due with time, on a timer and through
 * {@code POST /api/v1/<name>-sweeps} ({@code sweep}); and the injected {@link java.time.Clock}.
 *
 * <p>Consumes: identity ({@code CurrentUser} for the managers' check, {@code Roles} for the sweep API's roles).
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
 *       path is spelled; a streamed body is counted as the resource reads it (after the role check), so nothing is
       held for a caller who is refused; SOAP endpoints have theirs too ({@code SoapEndpoint.bodyLimit}, a 413
       fault).</li>
 *   <li>P4: a POST with an {@code Idempotency-Key} is carried out once per client and key; a retry gets the stored
 *       answer, the same key with another body a 422; keys are forgotten after 7 days.</li>
 *   <li>P5: exported text that starts like a spreadsheet formula is prefixed with an apostrophe
 *       ({@code SpreadsheetCells}): every text column of every CSV/XLSX export passes through
 *       {@code spreadsheetCells.text(...)} (PageExpressionsTest checks the pages); XLSX cells are text, never
 *       formulas. An export holds every row of the list's filter up to the read side's bound, each once
       ({@code PagedTable}; its exporters set {@code bufferSize}, PagedTableTest checks the pages).</li>
 *   <li>P6: a change that loses a race with a concurrent one (unique key, version) is a conflict the client can
 *       retry, on every channel ({@code Conflicts}), never an error.</li>
 *   <li>P7: text from data never runs as script in a page: JSON written into an inline script escapes {@code <},
 *       {@code >}, {@code &}, U+2028 and U+2029 ({@code ScriptJson}; every {@code p:chart} through
 *       {@code ScriptSafeChartRenderer}), and pages carry a Content-Security-Policy that runs only the app's own
 *       script files and inline scripts with the page's nonce (PrimeFaces' CSP mode, web.xml): no inline event
 *       handlers, no inline {@code <script>} of our own in the pages.</li>
 *   <li>P8: every answer carries {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin};
 *       answers of the portal, the console, the API and SOAP (also their error answers) carry
 *       {@code Cache-Control: no-store} however their path is spelled ({@code SecurityHeadersFilter},
       {@code ErrorBodies}); the session cookie is
 *       HttpOnly and SameSite=Lax (Lax: Keycloak's redirect back to /callback must bring it).</li>
 *   <li>P9: public endpoints allow {@code app.rate-limit.<bucket>.per-minute} calls (10 by default) per client address
 *       and clock minute; the next is a 429 with Retry-After until the minute ends ({@code RateLimiter}, which keeps
       at most 50,000 windows).</li>
 *   <li>P10: a JSON request body is one complete JSON document nested at most 32 levels, or a 400 problem, before any
 *       resource binds it ({@code JsonSyntax}, and again in {@code JsonBodies} wherever it reads).</li>
 *   <li>P11: redirects and the Location of created resources point at {@code app.base-url}, never at the request's
 *       Host header ({@code BaseUrl}, without a trailing slash, for these and for links in mails;
       {@code PublicRedirects}, {@code PublicLocations}; payara.sh gives the listener the base URL's host
 *       as its server name, for the URLs the container builds itself).</li>
 *   <li>P12: a notification is read only by its recipient, and by a partner's person only with its own organization
 *       ({@code Notifier}: another's id answers "not found"); it is written in the transaction of the change it
 *       tells of, stored without a language ({@code AuditDetail}), and deleted after 90 days. Its mail is written in the
 *       recipient's language and follows the recipient's choice for its kind; only the person changes their own
 *       settings ({@code Settings}, audited).</li>
 *   <li>W1: a webhook delivery is written to the outbox in the transaction of the change it reports (so it goes out
 *       if and only if the change commits) for every enabled endpoint of its owner that chose its event type; the
 *       dispatcher sends it after commit, at least once, under a message id that stays the same on every attempt and
 *       replay. Claims are leased (2 minutes) FOR UPDATE SKIP LOCKED, so two instances do not send one delivery at
 *       once; no transaction or lock is held during a call.</li>
 *   <li>W2: every delivery is signed as Standard Webhooks describe: {@code webhook-id}, {@code webhook-timestamp}
 *       (seconds) and {@code webhook-signature}: {@code v1,} base64 HMAC-SHA256 over {@code id.timestamp.body}
 *       with the endpoint's secret ({@code whsec_} and 32 random bytes). The secret is shown once, when the endpoint
 *       is made or the secret rolled; after a roll the previous secret signs too for 24 hours.</li>
 *   <li>W3: a failed attempt (no 2xx within 10 s) is retried after 30 s, then after as long as the delivery has been
 *       tried (the waits double), at most 3 hours apart, for 24 hours from its first attempt
 *       ({@code app.webhooks.first-retry}, {@code app.webhooks.retry-window}); then it is dead, listed for its owner,
 *       and replayed by the owner (one or all), which opens a new window.</li>
 *   <li>W4: endpoints are https; in production ({@code app.webhooks.development=false}) no address their host
 *       resolves to may be loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified,
 *       checked when saved and before every attempt; redirects are not followed. Development also allows http to
 *       this host's loopback names.</li>
 *   <li>W5: every attempt is logged with its time, status code or error, duration and at most the first 1,024
 *       bytes of the answer (the rest is never read).</li>
 *   <li>W6: an endpoint belongs to a partner (its admins on the portal, its systems over REST) or to the brand owner
 *       (channel managers on the console, the ERP over REST); anyone else's endpoint, delivery or attempt answers
 *       "not found". Making, changing, rolling, pausing, deleting and replaying are audited.</li>
 *   <li>P13: a history detail the server writes is an {@code AuditDetail}; a note a person typed is stored through
 *       {@code AuditDetail.typed} and can never read as the server's words.</li>
 *   <li>P14: a picture someone uploads is never served as it came ({@code Pictures.normalize}): read only as PNG,
 *       JPEG or GIF by its content, refused from its header when it declares more than 50 megapixels (decoded
 *       subsampled otherwise, so memory stays bounded), and drawn anew (PNG if transparent, else JPEG) without its
 *       metadata or anything hidden in the file.</li>
 * </ul>
 *
 * <p>One way of doing things, in every context:
 * <ul>
 *   <li>JSON input: a resource method takes its body as a record of its context's {@code api} package (enums and dates
 *       as text, {@code @EnumOf} naming the enum), and {@code JsonBodies} binds it member by member with JSON-P: every
 *       member of the wrong type is a field error named as the client spells it ({@code lines[1].amount}), all at
 *       once; a record that declares a {@code List<FieldProblem>} member receives them there and reports them with
 *       its own rule's problems (deals' D1, leads' L1), any other record is refused with all of them. Never
 *       {@code byte[]} for JSON (only for files), never JSON-B for input. Idempotency-Key compares the bound record
 *       ({@code JsonBodies.canonical}). The OpenAPI document gets each record as a {@code $ref} schema with its
 *       enums ({@code ApiDocumentFilter}).</li>
 *   <li>Errors: a refusal the caller can act on is a {@code DomainException} of the shared kernel, made with its
 *       factories ({@code invalid} at a field, {@code conflict}, {@code forbidden}, {@code notFound}) or, for many
 *       fields at once, a {@code FieldErrors} type; an action the subject's state does not allow is an
 *       {@code IllegalTransition} (409, "reload"). No context has a problem type of its own; each channel maps these
 *       once ({@code ProblemMappers}, {@code SoapFaults}, {@code Messages.attempt}).</li>
 *   <li>Persistence: each aggregate's port is {@code <Aggregate>Repository} in the context's {@code domain}, and its
 *       one implementation {@code Jpa<Aggregate>Repository} in {@code infrastructure}, a class of its own. Demo data
 *       is loaded by {@code <Context>DemoLoader} in {@code infrastructure} ({@code PartnerDemoLoader},
 *       {@code LeadDemoLoader}, {@code DealDemoLoader}), each observing {@code DatabaseReady} in that order.</li>
 *   <li>Lists: a {@code *Queries} class builds its filter once as a {@code Where} (conditions whose value is empty are
 *       left out; search text through {@code Where.containing}, where {@code %} and {@code _} mean themselves) and
 *       binds it to the page, the count and the totals alike; it offers {@code count}, {@code page} (rows without
 *       their count) and a bounded {@code export}, and a page shows them in a {@code PagedTable} made of those three,
 *       never a table class of its own.</li>
 *   <li>What only channel managers may do is checked by {@code ChannelManagers.require} ({@code access}) in the
 *       application service or read side, whatever the channel; resources add {@code @RolesAllowed}.</li>
 *   <li>Boundaries: a context uses another only through what that context's charter lists under "Publishes to other
 *       contexts" (query classes and their rows, events, enums), never its entities or tables (not even in native
 *       SQL: a published query may read its own tables for another context, as {@code OpenLeadKeys} does);
 *       {@code BoundariesTest} holds the charters to it. What every context shares is the shared kernel's
 *       ({@code CompanyNames}) or platform's ({@code HistoryEntry}).</li>
 *   <li>Work that falls due with time (reminders, recalls, expiries) is a {@code Sweep} bean: its batch claims rows
 *       FOR UPDATE SKIP LOCKED in a transaction of its own and says what it did; {@code Sweeper} runs batches until
 *       one is idle, {@code SweepTimer} on the sweep's schedule on every instance, {@code SweepsResource} on demand
 *       ({@code lead-sweeps}, {@code deal-sweeps}). A context adds a sweep, never a timer or a resource of its
 *       own.</li>
 *   <li>Homes (issue 10): what needs a person comes from each context's {@code AttentionSource} bean
 *       ({@code attention}), read through the context's own queries (which keep a partner to its own data); the
 *       homes list them with {@code WEB-INF/includes/attention.xhtml}. A context adds a source, never a home. The
 *       top bar's search works the same way: each context's {@code SearchSource} ({@code search}) searches its own
 *       read side, so nobody finds what they may not see.</li>
 *   <li>Pages: the area templates carry the top bar and the sections' navigation ({@code Navigation} marks where the
 *       person is); a record page names its list ({@code parentOutcome}, {@code parentLabel}) for its breadcrumb, and
 *       a list remembers its filters in {@code ListMemory}; dates, days, money, countries and lists of codes go
 *       through {@code Formats}, codes through the bundles, never printed as they are; a detail the server writes
 *       into the audit trail is an {@code AuditDetail} (a key and arguments), read in the reader's language.</li>
 *   <li>Lists (issue 10): every column a person may hide has an id and {@code visible="#{tableColumns.visible(table,
 *       id)}"}, and the list's toolbar has the column chooser ({@code p:columnToggler} whose toggle event goes to
 *       {@code TableColumns.toggled}): each person's choice is kept per list ({@code Settings.chooseColumn},
 *       {@code person_table_columns}); the first column (the record's link) and the status are never hidden, and
 *       exports hold every column whatever is shown, with labels, never codes. Low-priority columns carry
 *       {@code cp-col-low} (they give way below 1440 px).</li>
 *   <li>Forms (issue 10): a label whose field the service refuses empty has {@code indicateRequired="true"}; a
 *       refusal shows once, at its field, and the form's top shows one summary ({@code error.fields}) pointing
 *       there ({@code Messages.attempt}); a form starts in the partner's country's currency where it asks for one
 *       ({@code PartnerRoster.homeCurrency}).</li>
 * </ul>
 *
 * <p>Out of scope: anything a business context could own itself.
 */
package org.channelport.platform;
