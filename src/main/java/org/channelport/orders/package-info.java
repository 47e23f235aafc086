/**
 * Orders (issue 11, in progress): the brand owner's catalog and its prices, purchase orders from the portal, partner
 * systems and (issue 12) EDI, and their cycle with the ERP. Built so far: the catalog and price resolution (domain,
 * schema), the catalog's and prices' maintenance ({@code CatalogService}, {@code PriceService}) and the partner's priced
 * catalog ({@code CatalogQueries}), over REST; SOAP, the pages and the order itself come next (see the issue's
 * progress note).
 *
 * <p>Aggregates: {@code Product} (with the partners it is shown to or hidden from), {@code PriceList} (its
 * {@code PriceBreak}s), {@code ContractPrice}, each with its repository ({@code ProductRepository},
 * {@code PriceListRepository}, {@code ContractPriceRepository}; JPA in {@code infrastructure}). Value objects {@code Gtin}, {@code UnitOfMeasure},
 * {@code ResolvedPrice}; the one price function {@code PriceResolution} is pure domain code.
 *
 * <p>Publishes to other contexts: nothing. To clients: REST {@code /api/v1/products} (the ERP's batches, a partner's
 * catalog), {@code /api/v1/price-lists}, {@code /api/v1/contract-prices}. Consumes: partners ({@code PartnerRoster}:
 * a partner's type and tier, and that a contract price's partner exists; {@code PartnerType}, {@code PartnerTier}),
 * identity ({@code CurrentUser}, {@code Roles}), platform (audit, idempotency, {@code Where}), the shared kernel
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
 *       definitions again change and record nothing; every change is audited.</li>
 *   <li>O7: a partner reads its own catalog only (the ERP and managers read any partner's, as that partner sees it),
 *       with its own prices ({@code CatalogQueries}); the read side applies O3 in the query itself, and a product the
 *       partner may not see answers like an unknown SKU.</li>
 *   <li>O8: the ERP and channel managers (no one else) send price lists by code, whole (their prices replace the
 *       list's), and contract prices by partner, SKU, currency, break and first day ({@code PriceService}): a known
 *       currency (ISO 4217), tier and partner, a first day and a last day not before it, prices from 0 with at most
 *       four decimals for products that exist, one price per SKU and break; each item applied or refused on its own,
 *       every problem at its field; the same again records nothing; changes audited (a contract price in its
 *       partner's history).</li>
 * </ul>
 */
package org.channelport.orders;
