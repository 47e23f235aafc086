/**
 * Orders (issue 11): the brand owner's catalog and its prices, purchase orders from the portal, partner
 * systems and (issue 12) EDI, and their cycle with the ERP. Built so far: the catalog and price resolution (domain,
 * schema), the catalog's and prices' maintenance ({@code CatalogService}, {@code PriceService}) and the partner's priced
 * catalog ({@code CatalogQueries}), over REST; the purchase order ({@code PurchaseOrder}, {@code OrderService},
 * {@code OrderQueries}) over REST for partner systems and the ERP (feed, line answers, cancellation requests) and in
 * the portal (list, form, record page, attention home); the ERP's shipments, invoices and payments
 * ({@code FulfilmentService}); notifications ({@code OrderNotifications}); webhooks ({@code OrderEvents}); SOAP;
 * two-tier routing (rule O22: {@code OrderAccess} decides who reads and who answers an order; the distributor's inbox
 * and answer forms in the portal, sell-through in the console's read-only order pages); change requests after the
 * answer (O23); orders in the top bar's search ({@code OrderSearch}); a CSV file of lines in the order form; the
 * console's catalog (a product's page through the same upsert as the ERP, with its list and contract prices) and its
 * imports of products and prices from CSV/XLSX files (O25); order confirmations and invoices as PDF (O24); closing
 * by the supplier (O26); product images (O27); the catalog over SOAP ({@code CatalogEndpoint}).
 *
 * <p>Aggregates: {@code Product} (with the partners it is shown to or hidden from), {@code PriceList} (its
 * {@code PriceBreak}s), {@code ContractPrice}, each with its repository ({@code ProductRepository},
 * {@code PriceListRepository}, {@code ContractPriceRepository}; JPA in {@code infrastructure}); {@code PurchaseOrder}
 * with its {@code OrderLine}s, and the ERP's {@code Shipment}s, {@code Invoice}s and {@code Payment}s of it
 * ({@code PurchaseOrderRepository}). Value objects {@code Gtin}, {@code UnitOfMeasure},
 * {@code ResolvedPrice}; the one price function {@code PriceResolution} is pure domain code.
 *
 * <p>Publishes to other contexts: to edi, the order service that books an EDI order as every channel's
 * ({@code OrderService}, {@code OrderRequest}, {@code LineRequest}, {@code OrderChannel}), the partner's catalog
 * that finds a line's product by its GTIN ({@code CatalogQueries}), and the orders' changes that EDI answers (rule
 * O28: {@code OrderChanged} of the types of {@code OrderEvents}, with the order as it now is, read only:
 * {@code PurchaseOrder}, {@code OrderLine}, {@code LineStatus}). To clients: REST {@code /api/v1/products} (the ERP's batches, a partner's
 * catalog), {@code /api/v1/price-lists}, {@code /api/v1/contract-prices}, {@code /api/v1/orders} (a partner system's
 * orders; the ERP's feed, acknowledgments, cancellation decisions, shipments and invoices), {@code /api/v1/payments};
 * {@code /api/v1/products/{sku}/image};
 * SOAP {@code /soap/PurchaseOrders} (the same operations for partner systems and the ERP, {@code PurchaseOrderEndpoint})
 * and {@code /soap/Catalog} (the catalog's batches and reads, {@code CatalogEndpoint});
 * product images in pages at {@code /portal/orders/image} and {@code /manage/orders/image} ({@code ProductImageServlet});
 * portal pages {@code /portal/orders/*} (a distributor's {@code incoming.xhtml}); console pages
 * {@code /manage/orders/*} (orders read only; the catalog and a product's page); search hits ({@code OrderSearch});
 * attention items ({@code OrderAttention}); notifications of kinds
 * {@code ORDER_UPDATE} and {@code ORDER_APPROVAL}; webhook events {@code order.*} ({@code OrderEvents}). Consumes: partners
 * ({@code PartnerAddresses}: the ship-to an order names; {@code PartnerRoster}:
 * a partner's type, tier, names and distributor, and that a contract price's partner exists; {@code PartnerType}, {@code PartnerTier}),
 * identity ({@code CurrentUser}, {@code Roles}), platform (audit, idempotency, {@code Where}, {@code Webhooks}), the shared kernel
 * ({@code ProductLine}, {@code FieldProblem}, {@code InvalidInput}).
 *
 * <p>Rules:
 * <ul>
 *   <li>O1: a product has a SKU (1 to 40 of A–Z, 0–9, '.', '_', '-', starting with a letter or digit; kept in upper
 *       case; unique; never changed), an English name (Traditional and Simplified Chinese names and descriptions
 *       optional, English shown where one is missing), a product line, a unit (a UN/ECE Recommendation 20 code, see
 *       {@code UnitOfMeasure}), an order multiple and a minimum quantity from 1 (the minimum a multiple of the
 *       multiple), and a status: active, or discontinued with an optional successor (never itself). Every problem of
 *       a definition is reported at once, at its field ({@code InvalidProduct}).</li>
 *   <li>O2: a GTIN is 13 or 14 digits whose last is the GS1 mod-10 check digit; a GTIN-13 and its GTIN-14 form are the
 *       same item, and one item is one product.</li>
 *   <li>O3: a partner sees a product when it is not excluded by name and either included by name or of one of the
 *       product's partner types (none named: all) and at least its lowest tier (none: all). A product a partner may
 *       not see does not exist for it on any channel: the same answer as an unknown SKU.</li>
 *   <li>O4: a product's net unit price for a partner, quantity, day and currency ({@code PriceResolution}): the
 *       partner's contract price valid that day with the highest quantity break reached, else its tier's price
 *       lists valid that day (the highest break reached; of two lists the one that started last), falling back to
 *       lower tiers' lists, never higher ones; else no price. Periods include their first and last day. Every channel
 *       uses this one function, and an order line keeps where its price came from.</li>
 *   <li>O5: a line orders an active product in a whole quantity above 0, at least its minimum and a multiple of its
 *       order multiple; a discontinued product's line is refused naming its successor.</li>
 *   <li>O6: the ERP and channel managers (no one else) define and change products by SKU, up to 10,000 a call
 *       ({@code CatalogService.upsert}): each item is applied or refused on its own with every problem at its field
 *       ({@code items[3].gtin}); a SKU once per call; a GTIN one product's (it may move within a call); the same
 *       definitions again change and record nothing; every change is audited. A person's form (the console) goes
 *       through {@code CatalogService.define}: a new product only under a SKU not taken, a change only over the
 *       product as read (a later change is not overwritten), the include and exclude lists kept as they are. They
 *       read back what changed since a moment, as defined ({@code CatalogQueries.changedSince}).</li>
 *   <li>O7: a partner reads its own catalog only (the ERP and managers read any partner's, as that partner sees it),
 *       with its own prices ({@code CatalogQueries}); the read side applies O3 in the query itself, and a product the
 *       partner may not see answers like an unknown SKU.</li>
 *   <li>O8: the ERP and channel managers (no one else) send price lists by code, whole (their prices replace the
 *       list's), and contract prices by partner, SKU, currency, break and first day ({@code PriceService}): a known
 *       currency (ISO 4217), tier and partner, a first day and a last day not before it, prices from 0 with at most
 *       four decimals for products that exist, one price per SKU and break; each item applied or refused on its own,
 *       every problem at its field; the same again records nothing; changes audited (a contract price in its
 *       partner's history). They read back what changed since a moment: price lists whole, contract prices
 *       ({@code CatalogQueries.priceListsChangedSince}, {@code contractPricesChangedSince}); a removed contract price is
 *       no longer listed (its removal is audited).</li>
 *   <li>O9: a purchase order belongs to one partner and is named by the partner's PO number (1 to 35 letters, digits,
 *       spaces and {@code . _ / # -}; no EDI delimiter), one order per PO number and partner. The same PO number
 *       again with the same content (PO number, currency, dates, notes, each line's SKU, quantity, unit and expected
 *       price, as meant: {@code sw-1} is {@code SW-1}, 2.00 is 2) returns the first order; with other content it is
 *       refused as a conflict naming that order. Every order keeps the channel it came by.</li>
 *   <li>O10: an order has a known currency, a delivery date from today (if any), notes up to 2,000 characters and 1
 *       to 500 lines; each line a product the partner may see (O3; the same answer as an unknown SKU), ordered by O5,
 *       in the product's unit if it names one, with a price in the order's currency (O4, for the line's quantity on
 *       its delivery day). Every problem is reported at once at its field ({@code lines[3].sku}) and nothing is
 *       saved. A price the partner sends is kept beside the resolved one (the line is marked "price changed"), never
 *       used.</li>
 *   <li>O11: the cycle: draft, awaiting approval, submitted, acknowledged (fully, partly, or rejected when every line
 *       is), partly shipped, shipped, invoiced, partly paid, paid, cancel requested, cancelled, closed. Until the ERP
 *       answers, the partner changes lines, dates and notes (checked and priced again) or cancels at once; once it
 *       has, and before anything shipped, a cancellation is a request the ERP accepts (cancelled) or refuses (the
 *       order goes on as it was). Each transition is a method of {@code PurchaseOrder}; any other is refused.
 *       Every transition is audited.</li>
 *   <li>O12: a partner admin may set approval amounts per currency. Once any is set, an order placed by someone who is
 *       not a partner admin waits for a partner admin's approval when its total is above its currency's amount or
 *       its currency has none; an admin approves (to the brand owner) or returns it to draft.</li>
 *   <li>O13: only the ERP answers a submitted order, every line exactly once: accept; change quantity, unit price or
 *       date (at least one); backorder with the expected date; reject with a reason ({@code RejectReason}). Every
 *       problem at its field, nothing applied unless all are sound; a second answer finds the order answered
 *       (conflict).</li>
 *   <li>O14: the ERP's feed: an order takes a new place when submitted (or approved) and whenever the partner changes
 *       it, cancels it after submission or asks to cancel. Places are taken from one counter row as the last write of
 *       the transaction and held until it ends, so they become visible in the order they were taken: a reader that
 *       keeps the last place it processed misses nothing and reads nothing twice.</li>
 *   <li>O15: a partner reads and changes only its own orders, and reads those its resellers routed to it (rule O22);
 *       the ERP and channel managers read every partner's; any other order answers like an unknown one on every
 *       channel ({@code OrderAccess}).</li>
 *   <li>O16: only the ERP ships, and only accepted lines of an acknowledged order (or one partly shipped), never more of
 *       a line than it accepted over all shipments; a ship notice names its shipment id, carrier, ship date and 1 to
 *       10,000 packages (tracking numbers up to 20). Shipped when every accepted line is, else partly shipped.</li>
 *   <li>O17: only the ERP invoices, in the order's currency, never more of a line than shipped, at the agreed price
 *       (the ERP's changed price, else the ordered one); each line's amount rounded to the cent, the total the
 *       lines plus tax (from 0), a due date on or after the invoice date. Invoiced when every accepted quantity
 *       is.</li>
 *   <li>O18: only the ERP records payments, each amount above 0 and, with the payment's other amounts on the same
 *       invoice, at most what it still owes. An invoice is paid when its total is; an invoiced order is paid when all
 *       its invoices are, else partly paid.</li>
 *   <li>O16–O18 alike: a notice that contradicts its order is refused with every problem at its field and changes
 *       nothing ({@code OrderMismatch}, 422); the ERP's own number (shipment id, invoice number, payment reference)
 *       is the record: the same again answers with what was recorded, other content under it is a conflict. The
 *       order is locked first, so two workers sending one notice are applied one after the other.</li>
 *   <li>O19: the partner's administrators hear, in the app and by mail as each chose, of an order waiting for
 *       approval, the ERP's answer, each shipment and invoice, and a cancellation request decided; once per change
 *       (a replayed notice tells nothing again).</li>
 *   <li>O22: two-tier. An agent or retailer linked to a distributor (its parent, rule PA7) may send an order to that
 *       distributor instead of the brand owner ({@code routeTo}); the route is part of the order's content (O9) and
 *       may change until the order is submitted, never after (a problem at {@code routeTo}). A partner without an
 *       active distributor cannot route (at {@code routeTo}); an order is submitted or approved to its distributor
 *       only while that is still the partner's, active. A routed order is priced by the reseller's own prices (O4,
 *       the distributor may change them when it answers). Its supplier is the distributor: its administrators and
 *       systems (no one else) answer it (O13), decide its cancellation requests (O11), ship it (O16), invoice it (O17)
 *       and record payments of their own invoices (O18), read it in their own feed (O14: the ERP's feed holds only
 *       orders to the brand owner) and hear of it; the ERP's and another partner's attempts are refused (403 or 404),
 *       the reseller's own too. Shipment ids, invoice numbers and payment references are unique per issuer (the
 *       brand owner, or each distributor). The brand owner reads routed orders as sell-through and changes nothing;
 *       its webhook endpoints get no event of them, the distributor's get them once submitted (O20). The
 *       distributor sees of the reseller only what the order says (its name, the ship-to as ordered).</li>
 *   <li>O23: change requests. Once its supplier answered, and until everything shipped (acknowledged, partly
 *       acknowledged, partly shipped), the partner asks for other quantities or delivery dates of accepted lines
 *       (portal, REST {@code /orders/{id}/change-request}, SOAP {@code requestChange}; issue 12's 860 / ORDCHG): each
 *       line once, a quantity a whole number following its product's minimum and multiple (O5) and never below
 *       what shipped, a date from today, something different from the order as agreed; every problem at its field,
 *       nothing changed. One request at a time: the order is CHANGE_REQUESTED, takes a new place in its supplier's
 *       feed (O14), and neither ships nor is cancelled until its supplier (O22: the ERP, or the distributor) accepts
 *       (the quantities and dates become the lines' agreed ones, at their agreed prices; the line is CHANGED) or
 *       refuses (the order goes on as it was). Both audited, told to the partner (O19) and published (O20).</li>
 *   <li>O24: an order's documents. Whoever may read an order (O15, O22) reads its confirmation (the purchase order
 *       until its supplier answered, each line's answer after) and each of its invoices as PDF, in English,
 *       Traditional or Simplified Chinese ({@code OrderDocuments}: the portal's and the console's order page,
 *       {@code GET /orders/{id}/confirmation}, {@code /invoices/{number}/pdf}); anyone else gets 404. The seller is
 *       the brand owner ({@code app.brand.name}) or the distributor. Text from users is drawn as text only.</li>
 *   <li>O25: the console's imports (O6, O8). A channel manager's CSV or XLSX file of products, of single prices of
 *       existing price lists, or of contract prices (a partner by id or name) goes through the same services as the
 *       ERP's calls, in chunks on a worker thread ({@code CatalogImportService}, {@code platform.imports}); a file that
 *       cannot be read is refused whole, every other row is applied or reported with its line and the file's
 *       column; the same file again changes nothing. A product keeps the ERP's include and exclude lists.</li>
 *   <li>O26: closing. The order's supplier (O22: the ERP, or the distributor) closes an answered order, not while a
 *       request of the partner waits, once every shipped quantity is invoiced and every invoice paid (else 422,
 *       nothing changed): CLOSED is final, what did not ship will not ({@code OrderService.close}, REST
 *       {@code POST /orders/{id}/closure}, SOAP {@code closeOrder}, the distributor's order page). Audited, told to
 *       the partner, published ({@code order.closed}). Orders are not closed by themselves: a paid order stays
 *       PAID until its supplier closes it.</li>
 *   <li>O27: a product has at most one image. The ERP and channel managers (O6) give it, replace it and remove it
 *       (REST {@code PUT/DELETE /products/{sku}/image}, SOAP, the console's product page; {@code ProductImageService});
 *       the upload is a PNG, JPEG or GIF by its content, drawn anew at most 1,200 pixels a side with a 240-pixel
 *       thumbnail (platform rule P14), so nothing the file carried besides its pixels is served; the same file again
 *       changes nothing. Audited; the product counts as changed. Whoever may see the product (O3) reads it:
 *       {@code CatalogQueries.image} answers nothing for a product the partner may not see, as for one without image
 *       (404 on REST and in pages). Addresses carry the image's tag, so browsers keep an image until it changes.</li>
 *   <li>O28: every change an order's webhook event announces (O20) is also fired to other contexts as
 *       {@code OrderChanged}, in the transaction of the change: what they write in answer (edi's 855) exists exactly
 *       when the change does. A channel may name where it received an order ({@code OrderService.place} with a
 *       source: EDI's interchange, group and set); the order keeps it as first received and its page shows it beside
 *       the channel.</li>
 *   <li>O21: an order ships to one of the partner's active ship-to addresses, named by its id or its GLN (as EDI
 *       names places), else to the partner's default ship-to, else (none) to the partner's address; a name that is
 *       none of its ship-to addresses is a problem at {@code shipTo}. The order keeps the address's text and GLN as
 *       they were when it was placed or changed; the ship-to is part of the order's content (rule O9).</li>
 * </ul>
 */
package org.channelport.orders;
