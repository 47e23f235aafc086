package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.ContractPriceRepository;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.PriceListRepository;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductRepository;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;

/**
 * The prices' maintenance (rule O8): the ERP, or a channel manager, sends price lists (by their code, all their prices
 * at once) and partners' contract prices; each is applied or refused on its own with every problem at its field; the
 * same again changes and records nothing; every change is audited.
 */
@ApplicationScoped
@Transactional
public class PriceService {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    static final int MAX_PRICES = 100_000;
    /** Contract prices, or single list prices, per call. */
    public static final int MAX_ITEMS = 10_000;
    static final BigDecimal PRICE_LIMIT = new BigDecimal("100000000000");

    @Inject
    PriceListRepository priceLists;
    @Inject
    ContractPriceRepository contracts;
    @Inject
    ProductRepository products;
    @Inject
    CatalogService catalog;
    @Inject
    PartnerRoster roster;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public CatalogUpsert upsertLists(List<PriceListDefinition> lists) {
        return upsertLists(catalog.maintainer(), lists);
    }

    public CatalogUpsert upsertLists(CatalogService.Maintainer by, List<PriceListDefinition> lists) {
        require(lists, 100);
        var result = new Result();
        var codes = new HashSet<String>();
        for (int i = 0; i < lists.size(); i++) {
            var d = lists.get(i);
            var at = "items[" + i + "].";
            var problems = new ArrayList<FieldProblem>();
            if (d == null) {
                result.refused(i, null, List.of(new FieldProblem("items[" + i + "]", "catalog.item.missing", "empty")));
                continue;
            }
            if (d.code() == null || !CODE.matcher(d.code().strip()).matches()) {
                problems.add(new FieldProblem(at + "code", "price.code.invalid",
                        "code: 1 to 60 letters, digits, '.', '_' or '-'"));
            } else if (!codes.add(d.code().strip())) {
                problems.add(new FieldProblem(at + "code", "price.code.repeated", "the code is in this call twice"));
            }
            if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
                problems.add(new FieldProblem(at + "name", "price.name.required", "name: 1 to 200 characters"));
            }
            currency(d.currency(), at + "currency", problems);
            var tier = tier(d.tier(), at + "tier", problems);
            var from = day(d.validFrom(), at + "validFrom", true, problems);
            var to = day(d.validTo(), at + "validTo", false, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new FieldProblem(at + "validTo", "price.period.invalid", "the last day is before the first"));
            }
            var breaks = breaks(d.prices(), at, problems);
            if (!problems.isEmpty()) {
                result.refused(i, d.code(), problems);
                continue;
            }
            var code = d.code().strip();
            var currency = d.currency().strip().toUpperCase(Locale.ROOT);
            var existing = priceLists.byCodeForUpdate(code);
            if (existing.isEmpty()) {
                var list = new PriceList(UUID.randomUUID(), code, d.name().strip(), currency, tier, from, to, breaks,
                        clock.instant());
                priceLists.add(list);
                audit.recordAs(by.actor(), null, "PriceList", list.id(), "defined", null, null, code);
                result.created++;
            } else if (same(existing.get(), d.name().strip(), currency, tier, from, to, breaks)) {
                result.unchanged++;
            } else {
                existing.get().replace(d.name().strip(), currency, tier, from, to, breaks, clock.instant());
                audit.recordAs(by.actor(), null, "PriceList", existing.get().id(), "changed", null, null, code);
                result.changed++;
            }
        }
        return result.done();
    }

    public CatalogUpsert upsertContracts(List<ContractPriceDefinition> prices) {
        return upsertContracts(catalog.maintainer(), prices);
    }

    public CatalogUpsert upsertContracts(CatalogService.Maintainer by, List<ContractPriceDefinition> prices) {
        require(prices, MAX_ITEMS);
        var result = new Result();
        var known = knownSkus(prices.stream().filter(Objects::nonNull).map(ContractPriceDefinition::sku).toList());
        // read once for the whole call: the partners named, and the contract prices they already have for these SKUs
        var partners = new LinkedHashSet<UUID>();
        prices.stream().filter(Objects::nonNull).forEach(d -> partnerId(d).ifPresent(partners::add));
        var knownPartners = roster.names(partners).keySet();
        var existing = new HashMap<String, ContractPrice>();
        contracts.ofPartnersForUpdate(knownPartners, known).forEach(c -> existing.put(key(c.partnerId(), c.sku(),
                c.currency(), c.minQuantity(), c.validFrom()), c));
        for (int i = 0; i < prices.size(); i++) {
            var d = prices.get(i);
            var at = "items[" + i + "].";
            var problems = new ArrayList<FieldProblem>();
            if (d == null) {
                result.refused(i, null, List.of(new FieldProblem("items[" + i + "]", "catalog.item.missing", "empty")));
                continue;
            }
            var partner = partnerId(d).filter(knownPartners::contains).orElse(null);
            if (partner == null) {
                problems.add(new FieldProblem(at + "partnerId", "price.partner.unknown", "no such partner"));
            }
            if (!known.contains(Product.normalizedSku(d.sku()))) {
                problems.add(new FieldProblem(at + "sku", "price.sku.unknown", "no product has this SKU"));
            }
            currency(d.currency(), at + "currency", problems);
            var min = d.minQuantity() == null ? 1 : d.minQuantity();
            if (min < 1) {
                problems.add(new FieldProblem(at + "minQuantity", "price.minQuantity.invalid", "from 1"));
            }
            price(d.unitPrice(), at + "unitPrice", problems);
            var from = day(d.validFrom(), at + "validFrom", true, problems);
            var to = day(d.validTo(), at + "validTo", false, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new FieldProblem(at + "validTo", "price.period.invalid", "the last day is before the first"));
            }
            if (!problems.isEmpty()) {
                result.refused(i, d.sku(), problems);
                continue;
            }
            var sku = Product.normalizedSku(d.sku());
            var currency = d.currency().strip().toUpperCase(Locale.ROOT);
            var found = Optional.ofNullable(existing.get(key(partner, sku, currency, min, from)));
            if (found.isEmpty()) {
                var contract = new ContractPrice(UUID.randomUUID(), partner, sku, currency, min, d.unitPrice(), from, to,
                        clock.instant());
                contracts.add(contract);
                existing.put(key(partner, sku, currency, min, from), contract);
                audit.recordAs(by.actor(), partner, "ContractPrice", contract.id(), "defined", null, null, sku);
                result.created++;
            } else if (found.get().unitPrice().compareTo(d.unitPrice()) == 0
                    && Objects.equals(found.get().validTo(), to)) {
                result.unchanged++;
            } else {
                found.get().change(d.unitPrice(), to, clock.instant());
                audit.recordAs(by.actor(), partner, "ContractPrice", found.get().id(), "changed", null, null, sku);
                result.changed++;
            }
        }
        return result.done();
    }

    private static Optional<UUID> partnerId(ContractPriceDefinition d) {
        try {
            return Optional.of(UUID.fromString(d.partnerId() == null ? "" : d.partnerId().strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A contract price's key: partner, SKU, currency, quantity break and first day. */
    private static String key(UUID partner, String sku, String currency, int min, LocalDate from) {
        return partner + "|" + sku + "|" + currency + "|" + min + "|" + from;
    }

    /**
     * Sets single prices in existing lists (rule O8: a person's form or file; each list's other prices stay), by the
     * list's code, SKU and quantity break; each item applied or refused on its own; the same again changes nothing.
     */
    public CatalogUpsert setListPrices(CatalogService.Maintainer by, List<ListPriceDefinition> items) {
        require(items, MAX_ITEMS);
        var result = new Result();
        var known = knownSkus(items.stream().filter(Objects::nonNull).map(ListPriceDefinition::sku).toList());
        var lists = new HashMap<String, Optional<PriceList>>();
        var seen = new HashSet<String>();
        var now = clock.instant();
        for (int i = 0; i < items.size(); i++) {
            var d = items.get(i);
            var at = "items[" + i + "].";
            if (d == null) {
                result.refused(i, null, List.of(new FieldProblem("items[" + i + "]", "catalog.item.missing", "empty")));
                continue;
            }
            var problems = new ArrayList<FieldProblem>();
            var code = d.priceList() == null ? "" : d.priceList().strip();
            var list = CODE.matcher(code).matches()
                    ? lists.computeIfAbsent(code, priceLists::byCodeForUpdate) : Optional.<PriceList>empty();
            if (list.isEmpty()) {
                problems.add(new FieldProblem(at + "priceList", "price.list.unknown", "no price list has this code"));
            }
            var sku = Product.normalizedSku(d.sku());
            if (!known.contains(sku)) {
                problems.add(new FieldProblem(at + "sku", "price.sku.unknown", "no product has this SKU"));
            }
            var min = d.minQuantity() == null ? 1 : d.minQuantity();
            if (min < 1) {
                problems.add(new FieldProblem(at + "minQuantity", "price.minQuantity.invalid", "from 1"));
            } else if (!seen.add(code + "|" + sku + "@" + min)) {
                problems.add(new FieldProblem(at + "minQuantity", "price.break.repeated",
                        "this SKU has a price from this quantity twice"));
            }
            price(d.unitPrice(), at + "unitPrice", problems);
            var before = list.flatMap(l -> l.priceOf(sku, min));
            if (list.isPresent() && before.isEmpty() && list.get().priceCount() >= MAX_PRICES) {
                problems.add(new FieldProblem(at + "priceList", "price.prices.count", "0 to " + MAX_PRICES + " prices"));
            }
            if (!problems.isEmpty()) {
                result.refused(i, d.sku(), problems);
                continue;
            }
            switch (list.get().setPrice(new PriceBreak(sku, min, d.unitPrice()), now)) {
                case ADDED -> result.created++;
                case CHANGED -> result.changed++;
                case UNCHANGED -> {
                    result.unchanged++;
                    continue;
                }
            }
            // who set which price, from what to what (rule P1): one entry per price
            audit.recordAs(by.actor(), null, "PriceList", list.get().id(), "changed", null, null, list.get().code()
                    + ": " + sku + " from " + min + ": " + before.map(p -> p.stripTrailingZeros().toPlainString() + " → ")
                    .orElse("") + d.unitPrice().stripTrailingZeros().toPlainString());
        }
        return result.done();
    }

    /** One list price from a person's form: see {@link #setListPrices}; every problem at its field, nothing saved. */
    public CatalogUpsert setListPrice(ListPriceDefinition price) {
        return refusedAtFields(setListPrices(catalog.maintainer(), java.util.Collections.singletonList(price)));
    }

    /** One contract price from a person's form: see {@link #upsertContracts}; every problem at its field. */
    public CatalogUpsert setContractPrice(ContractPriceDefinition price) {
        return refusedAtFields(upsertContracts(catalog.maintainer(), java.util.Collections.singletonList(price)));
    }

    /** A one-item call's refusal as the form's own fields ({@code items[0].unitPrice}: {@code unitPrice}). */
    private static CatalogUpsert refusedAtFields(CatalogUpsert result) {
        if (!result.refused().isEmpty()) {
            throw new org.channelport.shared.InvalidInput(result.refused().get(0).problems().stream()
                    .map(p -> new FieldProblem(p.field().replaceFirst("^items\\[0]\\.?", ""), p.messageKey(),
                            p.message(), p.arguments())).toList());
        }
        return result;
    }

    /** Removes a list's price of a product from a quantity on (rule O8); 404 when the list has none. */
    public void removeListPrice(String code, String sku, int minQuantity) {
        var by = catalog.maintainer();
        var list = priceLists.byCodeForUpdate(code == null ? "" : code.strip())
                .orElseThrow(() -> DomainException.notFound("price list", code));
        if (!list.removePrice(sku, minQuantity, clock.instant())) {
            throw DomainException.notFound("price", Product.normalizedSku(sku) + "@" + minQuantity);
        }
        audit.recordAs(by.actor(), null, "PriceList", list.id(), "changed", null, null, list.code() + ": price of "
                + Product.normalizedSku(sku) + " from " + minQuantity + " removed");
    }

    /** Removes a contract price (rule O8); 404 when there is none. */
    public void removeContractPrice(UUID id) {
        var by = catalog.maintainer();
        var price = contracts.byIdForUpdate(id).orElseThrow(() -> DomainException.notFound("contract price", id));
        contracts.remove(price);
        audit.recordAs(by.actor(), price.partnerId(), "ContractPrice", price.id(), "removed", null, null, price.sku());
    }

    private void require(List<?> items, int max) {
        if (items == null || items.isEmpty() || items.size() > max) {
            throw DomainException.invalid("price.items.count", "Send 1 to " + max + " per call.", "items");
        }
    }

    private List<PriceBreak> breaks(List<PriceListDefinition.Price> prices, String at, List<FieldProblem> problems) {
        var breaks = new ArrayList<PriceBreak>();
        if (prices == null || prices.size() > MAX_PRICES) {
            problems.add(new FieldProblem(at + "prices", "price.prices.count", "0 to " + MAX_PRICES + " prices"));
            return breaks;
        }
        var known = knownSkus(prices.stream().filter(Objects::nonNull).map(PriceListDefinition.Price::sku).toList());
        var seen = new HashSet<String>();
        for (int j = 0; j < prices.size(); j++) {
            var p = prices.get(j);
            var here = at + "prices[" + j + "].";
            if (p == null || !known.contains(Product.normalizedSku(p.sku()))) {
                problems.add(new FieldProblem(here + "sku", "price.sku.unknown", "no product has this SKU"));
                continue;
            }
            var min = p.minQuantity() == null ? 1 : p.minQuantity();
            if (min < 1) {
                problems.add(new FieldProblem(here + "minQuantity", "price.minQuantity.invalid", "from 1"));
            } else if (!seen.add(Product.normalizedSku(p.sku()) + "@" + min)) {
                problems.add(new FieldProblem(here + "minQuantity", "price.break.repeated",
                        "this SKU has a price from this quantity twice"));
            }
            if (price(p.unitPrice(), here + "unitPrice", problems)) {
                breaks.add(new PriceBreak(p.sku(), min, p.unitPrice()));
            }
        }
        return breaks;
    }

    private Set<String> knownSkus(List<String> skus) {
        return products.existing(skus.stream().map(Product::normalizedSku).toList());
    }

    private static boolean price(BigDecimal price, String field, List<FieldProblem> problems) {
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 4 || price.compareTo(PRICE_LIMIT) >= 0) {
            problems.add(new FieldProblem(field, "price.unitPrice.invalid", "a price from 0, at most four decimals"));
            return false;
        }
        return true;
    }

    private static void currency(String code, String field, List<FieldProblem> problems) {
        try {
            Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "price.currency.invalid", "an ISO 4217 currency code such as EUR"));
        }
    }

    private static PartnerTier tier(String text, String field, List<FieldProblem> problems) {
        try {
            return PartnerTier.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "product.tier.unknown", "one of REGISTERED, SILVER, GOLD, PLATINUM"));
            return null;
        }
    }

    private static LocalDate day(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "price.day.required", "a day (YYYY-MM-DD) is missing"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "price.day.invalid", "a day as YYYY-MM-DD"));
            return null;
        }
    }

    private static boolean same(PriceList list, String name, String currency, PartnerTier tier, LocalDate from,
                                LocalDate to, List<PriceBreak> breaks) {
        return list.name().equals(name) && list.currency().equals(currency) && list.tier() == tier
                && list.validFrom().equals(from) && Objects.equals(list.validTo(), to)
                && key(list.prices()).equals(key(breaks));
    }

    private static Set<String> key(List<PriceBreak> breaks) {
        var keys = new HashSet<String>();
        breaks.forEach(b -> keys.add(b.sku() + "@" + b.minQuantity() + "=" + b.unitPrice().stripTrailingZeros().toPlainString()));
        return keys;
    }

    /** Counts and refusals as they accumulate. */
    private static final class Result {
        int created;
        int changed;
        int unchanged;
        final List<CatalogUpsert.Refused> refused = new ArrayList<>();

        void refused(int index, String key, List<FieldProblem> problems) {
            refused.add(new CatalogUpsert.Refused(index, key, problems));
        }

        CatalogUpsert done() {
            return new CatalogUpsert(created, changed, unchanged, refused);
        }
    }
}
