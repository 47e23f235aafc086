package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.Gtin;
import org.channelport.orders.domain.OrderCatalog;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.PriceResolution;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ResolvedPrice;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.persistence.Where;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/**
 * The catalog as one partner sees it (rules O3, O4): only the products it may see, each with its own net price, for
 * every channel (portal, REST, SOAP, exports, order checks). A partner reads its own catalog; the ERP and channel
 * managers read any partner's (what that partner sees). A product a partner may not see answers exactly like an
 * unknown SKU.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {
    /**
     * Rule O3 in the query (subqueries: EclipseLink's MEMBER OF joins the collection, and an empty one then hides
     * the product; uncorrelated IN / NOT IN, which PostgreSQL hashes once per query, where correlated EXISTS made a
     * nested loop per product whose estimated cost also woke PostgreSQL's JIT compiler: 300 ms for a count of 100,000
     * products, 55 ms now): the partner types are kept as a comma list of names none of which contains another
     * (AGENT, DISTRIBUTOR, RETAILER), so a LIKE on one name finds exactly the products that list it.
     */
    private static final String VISIBLE = "p.id not in (select x.id from Product x join x.excluded e where e = :partner)"
            + " and (p.id in (select y.id from Product y join y.included i where i = :partner)"
            + " or ((p.partnerTypes = '' or p.partnerTypes like :type)"
            + " and (p.lowestTier is null or p.lowestTier in :tiers)))";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    PartnerRoster roster;
    @Inject
    Clock clock;

    /** What the console's product list is filtered by: text in the SKU, GTIN or a name, a product line, a status. */
    public record ProductFilter(String text, ProductLine productLine,
                                org.channelport.orders.domain.ProductStatus status) implements java.io.Serializable {}

    /** A product as the console lists it (rule O6: the brand owner's view, every product whoever may see it). */
    public record ProductRow(String sku, String name, ProductLine productLine,
                             org.channelport.orders.domain.UnitOfMeasure unit,
                             org.channelport.orders.domain.ProductStatus status, String successorSku, String gtin,
                             org.channelport.partners.domain.PartnerTier lowestTier, String partnerTypes,
                             java.time.Instant updatedAt, String imageTag) implements java.io.Serializable {
        static ProductRow of(Product p, String language) {
            return new ProductRow(p.sku(), p.name(language), p.productLine(), p.unit(), p.status(),
                    p.successorSku().orElse(null), p.gtin().map(Gtin::digits).orElse(null), p.lowestTier(),
                    String.join(", ", p.partnerTypes().stream().map(Enum::name).toList()), p.updatedAt(),
                    p.imageTag().orElse(null));
        }
    }

    /** Rule O6: the console's products, by SKU (the ERP and channel managers only). */
    public List<ProductRow> products(ProductFilter filter, String language, int offset, int limit) {
        return products(filter, language, offset, limit, 500);
    }

    /** Every product of the filter, up to {@value #PRODUCT_EXPORT_MAX}, as the console's export writes them. */
    public List<ProductRow> productExport(ProductFilter filter, String language) {
        return products(filter, language, 0, PRODUCT_EXPORT_MAX, PRODUCT_EXPORT_MAX);
    }

    public static final int PRODUCT_EXPORT_MAX = 20_000;

    private List<ProductRow> products(ProductFilter filter, String language, int offset, int limit, int cap) {
        CatalogService.requireMaintainer(user);
        var where = productWhere(filter);
        return where.bind(em.createQuery("select p from Product p" + where.sql() + " order by p.sku", Product.class))
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, cap))).getResultList()
                .stream().map(p -> ProductRow.of(p, language)).toList();
    }

    public long productCount(ProductFilter filter) {
        CatalogService.requireMaintainer(user);
        var where = productWhere(filter);
        return where.bind(em.createQuery("select count(p) from Product p" + where.sql(), Long.class)).getSingleResult();
    }

    /** One price of a product in a price list, for the console's product page. */
    public record ListPriceRow(String priceList, String listName, PartnerTier tier, String currency,
                               LocalDate validFrom, LocalDate validTo, int minQuantity, BigDecimal unitPrice)
            implements java.io.Serializable {}

    /** One contract price of a product with a partner, for the console's product page. */
    public record ContractPriceRow(UUID id, UUID partnerId, String partnerName, String currency, int minQuantity,
                                   BigDecimal unitPrice, LocalDate validFrom, LocalDate validTo)
            implements java.io.Serializable {}

    /** A price list without its prices: a console's choice of lists. */
    public record PriceListRow(String code, String name, PartnerTier tier, String currency, LocalDate validFrom,
                               LocalDate validTo) implements java.io.Serializable {}

    /** Rule O8: this product's prices in every price list, by list and quantity (the ERP and channel managers). */
    public List<ListPriceRow> listPrices(String sku) {
        CatalogService.requireMaintainer(user);
        return em.createQuery("select l.code, l.name, l.tier, l.currency, l.validFrom, l.validTo, e.minQuantity, "
                        + "e.unitPrice from PriceList l join l.prices e where e.sku = :sku order by l.code, "
                        + "e.minQuantity", Object[].class)
                .setParameter("sku", Product.normalizedSku(sku)).getResultList().stream()
                .map(r -> new ListPriceRow((String) r[0], (String) r[1], (PartnerTier) r[2], (String) r[3],
                        (LocalDate) r[4], (LocalDate) r[5], (Integer) r[6], (BigDecimal) r[7])).toList();
    }

    /** Rule O8: this product's contract prices with every partner (the ERP and channel managers). */
    public List<ContractPriceRow> contractPrices(String sku) {
        CatalogService.requireMaintainer(user);
        var prices = em.createQuery("select c from ContractPrice c where c.sku = :sku order by c.currency, "
                + "c.minQuantity, c.validFrom", ContractPrice.class)
                .setParameter("sku", Product.normalizedSku(sku)).getResultList();
        var names = roster.names(prices.stream().map(ContractPrice::partnerId).collect(java.util.stream.Collectors.toSet()));
        return prices.stream().map(c -> new ContractPriceRow(c.id(), c.partnerId(), names.get(c.partnerId()),
                c.currency(), c.minQuantity(), c.unitPrice(), c.validFrom(), c.validTo()))
                .sorted(java.util.Comparator.comparing((ContractPriceRow r) -> r.partnerName() == null ? ""
                        : r.partnerName().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Rule O8: every price list, by code (the ERP and channel managers). */
    public List<PriceListRow> priceLists() {
        CatalogService.requireMaintainer(user);
        return em.createQuery("select l.code, l.name, l.tier, l.currency, l.validFrom, l.validTo from PriceList l "
                + "order by l.code", Object[].class).getResultList().stream()
                .map(r -> new PriceListRow((String) r[0], (String) r[1], (PartnerTier) r[2], (String) r[3],
                        (LocalDate) r[4], (LocalDate) r[5])).toList();
    }

    /**
     * Rule O6: products as defined that changed at or after {@code since} (null: all), oldest change first, then by
     * SKU: the ERP reads what it or a channel manager changed (the ERP and channel managers only).
     */
    public List<Product> changedSince(java.time.Instant since, int offset, int limit) {
        CatalogService.requireMaintainer(user);
        return changedSince(Product.class, "l.sku", since, offset, limit);
    }

    /** Rule O8: price lists, whole, changed at or after {@code since} (null: all), oldest change first, then by code. */
    public List<PriceList> priceListsChangedSince(java.time.Instant since, int offset, int limit) {
        CatalogService.requireMaintainer(user);
        return changedSince(PriceList.class, "l.code", since, offset, limit);
    }

    /** Rule O8: contract prices changed at or after {@code since} (null: all), oldest change first. */
    public List<ContractPrice> contractPricesChangedSince(java.time.Instant since, int offset, int limit) {
        CatalogService.requireMaintainer(user);
        return changedSince(ContractPrice.class, "l.id", since, offset, limit);
    }

    private <T> List<T> changedSince(Class<T> type, String then, java.time.Instant since, int offset, int limit) {
        var query = em.createQuery("select l from " + type.getSimpleName() + " l"
                + (since == null ? "" : " where l.updatedAt >= :since") + " order by l.updatedAt, " + then, type);
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Rule O6: one product as defined, for the console's form (the ERP and channel managers only). */
    public Optional<Product> product(String sku) {
        CatalogService.requireMaintainer(user);
        return em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", Product.normalizedSku(sku)).getResultStream().findFirst();
    }

    /** A product's picture as served: its bytes, their media type, and the tag that names this version of it. */
    public record StoredImage(byte[] bytes, String contentType, String tag, java.time.Instant updatedAt) {}

    /**
     * Rule O27: the product's image (or its thumbnail) for whoever may see the product: a partner only a product
     * visible to it (O3: else empty, as for a SKU that does not exist or has no image), the ERP and channel managers
     * every product's.
     */
    public Optional<StoredImage> image(String sku, boolean thumbnail) {
        var partner = user.partnerId();
        Optional<Product> product;
        if (partner.isPresent()) {
            product = visible(partner.get(), sku);
        } else if (user.isErp() || user.isChannelManager()) {
            product = em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                    .setParameter("sku", Product.normalizedSku(sku)).getResultStream().findFirst();
        } else {
            product = Optional.empty();
        }
        if (product.isEmpty() || product.get().imageTag().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select i." + (thumbnail ? "thumbnail" : "content") + ", i."
                        + (thumbnail ? "thumbnailType" : "contentType") + ", i.tag, i.updatedAt from ProductImage i "
                        + "where i.productId = :id", Object[].class)
                .setParameter("id", product.get().id()).getResultStream().findFirst()
                .map(r -> new StoredImage((byte[]) r[0], (String) r[1], (String) r[2], (java.time.Instant) r[3]));
    }

    private static org.channelport.platform.persistence.Where productWhere(ProductFilter filter) {
        return new org.channelport.platform.persistence.Where()
                .and("(lower(p.sku) like :text or lower(p.nameEn) like :text or lower(p.nameZhTw) like :text"
                        + " or lower(p.nameZhCn) like :text or p.gtin like :text)", "text",
                        org.channelport.platform.persistence.Where.containing(filter.text()))
                .and("p.productLine = :line", "line", filter.productLine())
                .and("p.status = :status", "status", filter.status());
    }

    /** What a catalog page is filtered by: text in the SKU, GTIN or name (any language), a product line. */
    public record Filter(String text, ProductLine productLine) {}

    /** A page of the partner's catalog, by SKU, priced in this currency for each product's minimum quantity. */
    public List<CatalogRow> page(UUID partnerId, Filter filter, String currency, String language, int offset, int limit) {
        var member = member(partnerId);
        var products = query(Product.class, "select p from Product p where ", member, filter, " order by p.sku")
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
        var day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var skus = products.stream().map(Product::sku).toList();
        var contracts = contracts(partnerId, skus, currency);
        var lists = lists(skus, currency, member.tier());
        var rows = new ArrayList<CatalogRow>();
        for (var p : products) {
            var price = PriceResolution.resolve(p.sku(), partnerId, member.tier(), currency,
                    BigDecimal.valueOf(p.minimumQuantity()), day, contracts, lists).orElse(null);
            rows.add(new CatalogRow(p.sku(), p.gtin().map(g -> g.digits()).orElse(null), p.name(language),
                    p.productLine(), p.unit(), p.orderMultiple(), p.minimumQuantity(), p.status(),
                    p.successorSku().orElse(null), price, p.imageTag().orElse(null)));
        }
        return rows;
    }

    /**
     * How many products of the filter the partner sees. Counting a large catalog takes a scan (55 ms for 100,000
     * products on the benchmark machine), so counts are kept until any product changes (the newest
     * {@code updatedAt}, read through its index), per what decides visibility: the partner's type and tier, and the
     * partner itself only when it has include or exclude lists of its own.
     */
    public long count(UUID partnerId, Filter filter) {
        var member = member(partnerId);
        var stamp = em.createQuery("select max(p.updatedAt) from Product p", java.time.Instant.class).getSingleResult();
        var ownLists = em.createQuery("select count(x) from Product x join x.included i where i = :p", Long.class)
                .setParameter("p", partnerId).getSingleResult()
                + em.createQuery("select count(x) from Product x join x.excluded e where e = :p", Long.class)
                .setParameter("p", partnerId).getSingleResult() > 0;
        var key = new CountKey(stamp, ownLists ? partnerId : null, member.type(), member.tier(),
                filter == null || filter.text() == null ? "" : filter.text().strip().toLowerCase(java.util.Locale.ROOT),
                filter == null ? null : filter.productLine());
        var known = counts.get(key);
        if (known != null) {
            return known;
        }
        var counted = query(Long.class, "select count(p) from Product p where ", member, filter, "").getSingleResult();
        if (counts.size() > 10_000 || counts.keySet().stream().findAny().filter(k -> !java.util.Objects.equals(k.stamp(), stamp)).isPresent()) {
            counts.clear();   // the catalog changed (or too many filters were counted): start over
        }
        counts.put(key, counted);
        return counted;
    }

    private record CountKey(java.time.Instant stamp, UUID partner, org.channelport.partners.domain.PartnerType type,
                            PartnerTier tier, String text, ProductLine line) {}

    private final java.util.concurrent.ConcurrentHashMap<CountKey, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The currencies the partner has prices in (its tier's or lower tiers' lists, its contracts), alphabetically: what
     * a catalog can be shown in.
     */
    public List<String> currencies(UUID partnerId) {
        var member = member(partnerId);
        var currencies = new java.util.TreeSet<String>(em.createQuery("select distinct l.currency from PriceList l "
                        + "where l.tier in :tiers", String.class)
                .setParameter("tiers", upTo(member.tier()))
                .getResultList());
        currencies.addAll(em.createQuery("select distinct c.currency from ContractPrice c where c.partnerId = :p",
                String.class).setParameter("p", partnerId).getResultList());
        return List.copyOf(currencies);
    }

    /** The product of this SKU if the partner may see it; else empty, as for a SKU that does not exist (O3). */
    public Optional<Product> visible(UUID partnerId, String sku) {
        return visible(member(partnerId), sku);
    }

    private Optional<Product> visible(PartnerRoster.Member member, String sku) {
        return query(Product.class, "select p from Product p where p.sku = :sku and ", member, null, "")
                .setParameter("sku", Product.normalizedSku(sku)).getResultStream().findFirst();
    }

    /**
     * The SKU of the product with this GTIN (12, 13 or 14 digits; a UPC-A is a GTIN-12) if the partner may see it
     * (rule O3); empty for a GTIN that is no product of ours, as for one it may not see. EDI lines name products so.
     */
    public Optional<String> visibleSkuOfGtin(UUID partnerId, String gtin) {
        var text = gtin == null ? "" : gtin.strip();
        var parsed = Gtin.parse(text.length() == 12 ? "0" + text : text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return query(Product.class, "select p from Product p where p.gtinKey = :key and ", member(partnerId), null, "")
                .setParameter("key", parsed.get().key()).getResultStream().findFirst().map(Product::sku);
    }

    /** The partner's net unit price of a product it may see, for a quantity, a currency and a day (O4). */
    public Optional<ResolvedPrice> price(UUID partnerId, String sku, BigDecimal quantity, String currency, LocalDate day) {
        var member = member(partnerId);
        return visible(member, sku).flatMap(p -> PriceResolution.resolve(p.sku(), partnerId, member.tier(),
                currency, quantity, day, contracts(partnerId, List.of(p.sku()), currency),
                lists(List.of(p.sku()), currency, member.tier())));
    }

    /**
     * The partner's catalog for checking and pricing one order's lines (rules O3, O4, O10): the products of these SKUs
     * it may see, its contract prices and its tiers' lists in the currency, each read once for the whole order.
     */
    public OrderCatalog forOrder(UUID partnerId, Collection<String> skus, String currency) {
        var member = member(partnerId);
        var keys = skus.stream().map(Product::normalizedSku).filter(s -> !s.isEmpty()).distinct().toList();
        var products = new java.util.HashMap<String, Product>();
        if (!keys.isEmpty()) {
            query(Product.class, "select p from Product p where p.sku in :skus and ", member, null, "")
                    .setParameter("skus", keys).getResultList().forEach(p -> products.put(p.sku(), p));
        }
        var visible = List.copyOf(products.keySet());
        var contracts = contracts(partnerId, visible, currency);
        var lists = lists(visible, currency, member.tier());
        return new OrderCatalog() {
            @Override
            public Optional<Product> product(String sku) {
                return Optional.ofNullable(products.get(Product.normalizedSku(sku)));
            }

            @Override
            public Optional<ResolvedPrice> price(Product product, int quantity, LocalDate day) {
                return PriceResolution.resolve(product.sku(), partnerId, member.tier(), currency,
                        BigDecimal.valueOf(quantity), day, contracts, lists);
            }
        };
    }

    /** This tier and the ones below it (a partner sees a lower tier's products and lists, never a higher one's). */
    private static List<PartnerTier> upTo(PartnerTier tier) {
        return Arrays.asList(PartnerTier.values()).subList(0, tier.ordinal() + 1);
    }

    private PartnerRoster.Member member(UUID partnerId) {
        if (partnerId == null || !(user.seesAllPartners() || user.partnerId().filter(partnerId::equals).isPresent())) {
            throw DomainException.notFound("partner", partnerId);
        }
        return roster.find(partnerId).orElseThrow(() -> DomainException.notFound("partner", partnerId));
    }

    private <T> TypedQuery<T> query(Class<T> type, String head, PartnerRoster.Member member, Filter filter, String tail) {
        var where = new Where().and(VISIBLE).param("partner", member.id()).param("type", "%" + member.type().name() + "%")
                .param("tiers", upTo(member.tier()));
        if (filter != null) {
            where.and("(lower(p.sku) like :text or p.gtin like :text or lower(p.nameEn) like :text "
                            + "or lower(p.nameZhTw) like :text or lower(p.nameZhCn) like :text)", "text",
                            Where.containing(filter.text()))
                    .and("p.productLine = :line", "line", filter.productLine());
        }
        // head ends with "where " for the conditions that follow it: Where's own " where " is left out
        return where.bind(em.createQuery(head + where.sql().substring(" where ".length()) + tail, type));
    }

    private List<ContractPrice> contracts(UUID partnerId, Collection<String> skus, String currency) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContractPrice c where c.partnerId = :partner and c.sku in :skus "
                        + "and c.currency = :currency", ContractPrice.class)
                .setParameter("partner", partnerId).setParameter("skus", skus).setParameter("currency", currency)
                .getResultList();
    }

    /**
     * The price lists of this currency and the partner's tier or lower, each with only these SKUs' breaks (a list may
     * hold 100,000 products; a page needs 50).
     */
    private List<PriceList> lists(Collection<String> skus, String currency, PartnerTier tier) {
        if (skus.isEmpty()) {
            return List.of();
        }
        var rows = em.createQuery("select l.id, l.name, l.tier, l.validFrom, l.validTo, e.sku, e.minQuantity, "
                        + "e.unitPrice, l.code from PriceList l join l.prices e where l.currency = :currency and l.tier in :tiers "
                        + "and e.sku in :skus", Object[].class)
                .setParameter("currency", currency).setParameter("skus", skus)
                .setParameter("tiers", upTo(tier))
                .getResultList();
        var byList = new LinkedHashMap<UUID, Object[]>();
        var breaks = new LinkedHashMap<UUID, List<PriceBreak>>();
        for (var row : rows) {
            var id = (UUID) row[0];
            byList.putIfAbsent(id, row);
            breaks.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new PriceBreak((String) row[5], (Integer) row[6], (BigDecimal) row[7]));
        }
        var lists = new ArrayList<PriceList>();
        for (Map.Entry<UUID, Object[]> entry : byList.entrySet()) {
            var row = entry.getValue();
            lists.add(new PriceList(entry.getKey(), (String) row[8], (String) row[1], currency, (PartnerTier) row[2],
                    (LocalDate) row[3], (LocalDate) row[4], breaks.get(entry.getKey()), clock.instant()));
        }
        return lists;
    }
}
