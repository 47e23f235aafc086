package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.Gtin;
import org.channelport.orders.domain.InvalidProduct;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.domain.ProductRepository;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;

/**
 * The catalog's maintenance (rule O6): the ERP, or a channel manager, defines and changes products in batches of up
 * to {@link #MAX_ITEMS}, by SKU. Each item is applied or refused on its own (every problem reported at its field); the
 * same batch again changes nothing and records nothing. Every change is audited. Every channel (REST, SOAP, the
 * console's import) calls this.
 */
@ApplicationScoped
@Transactional
public class CatalogService {
    public static final int MAX_ITEMS = 10_000;
    static final String SUBJECT = "Product";   // history.subject.Product; its actions: defined, changed

    @Inject
    ProductRepository products;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * Who maintains the catalog in this call (rules O6, O8): proof that the caller was checked, with the name the audit
     * trail records. Work that runs on after the request (a file's import, on a worker thread) carries it there.
     */
    public static final class Maintainer implements java.io.Serializable {
        private final String actor;

        Maintainer(String actor) {
            this.actor = actor;
        }

        public String actor() { return actor; }
    }

    /**
     * What a person's form or file does not carry, so an existing product keeps its own (rule O25): a file without a
     * column changes nothing of it; neither carries the ERP's include and exclude lists ({@link #LISTS}).
     */
    public enum Kept { GTIN, NAME_ZH_TW, NAME_ZH_CN, DESCRIPTION_EN, DESCRIPTION_ZH_TW, DESCRIPTION_ZH_CN, ORDER_MULTIPLE,
        MINIMUM_QUANTITY, STATUS, SUCCESSOR, PARTNER_TYPES, LOWEST_TIER, LISTS }

    /** A form keeps only the lists. */
    public static final java.util.Set<Kept> LISTS = java.util.EnumSet.of(Kept.LISTS);

    /** Rules O6 and O8: only the ERP and channel managers maintain the catalog and its prices. */
    static void requireMaintainer(CurrentUser user) {
        if (!user.isErp() && !user.isChannelManager()) {
            throw DomainException.forbidden("error.forbidden", "Only the ERP and channel managers maintain the catalog.");
        }
    }

    /** The caller as a {@link Maintainer}, or 403 when it may not maintain the catalog. */
    public Maintainer maintainer() {
        requireMaintainer(user);
        return new Maintainer(audit.currentActor());
    }

    /**
     * One product from a person's form (the console), rule O6: a new one only under a SKU not taken; a change only
     * over the product as the person read it ({@code readAt}, its last change: a later change by the ERP or a
     * colleague is not overwritten). Who may see it by name (its include and exclude lists) stays as it is. Every
     * problem at its field ({@link InvalidProduct}); nothing saved on any.
     */
    public CatalogUpsert define(ProductDefinition form, java.time.Instant readAt) {
        var by = maintainer();
        var sku = Product.normalizedSku(form.sku());
        var current = products.bySkusForUpdate(List.of(sku)).get(sku);
        if (readAt == null && current != null) {
            throw new InvalidProduct(List.of(new FieldProblem("sku", "products.sku.exists",
                    "a product with this SKU exists already")));
        }
        if (readAt != null && (current == null || !current.updatedAt().equals(readAt))) {
            throw DomainException.conflict("products.changedMeanwhile", "This product was changed meanwhile: open "
                    + "it again.");
        }
        var result = upsert(by, List.of(form), LISTS);
        if (!result.refused().isEmpty()) {
            throw new InvalidProduct(result.refused().get(0).problems().stream()   // at the product's own fields
                    .map(p -> new FieldProblem(p.field().replaceFirst("^items\\[0]\\.?", ""), p.messageKey(),
                            p.message(), p.arguments())).toList());
        }
        return result;
    }

    public CatalogUpsert upsert(List<ProductDefinition> items) {
        return upsert(maintainer(), items, java.util.Set.of());
    }

    /**
     * The batch of a checked maintainer: see {@link #upsert(List)}. What {@code kept} names, the items do not carry:
     * an existing product keeps its own value of it, a new one starts with the item's (its defaults; no lists).
     */
    public CatalogUpsert upsert(Maintainer by, List<ProductDefinition> items, java.util.Set<Kept> kept) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw DomainException.invalid("catalog.items.count", "Send 1 to " + MAX_ITEMS + " products per call.",
                    "items");
        }
        var skus = new LinkedHashSet<String>();
        var gtinKeys = new LinkedHashSet<String>();
        for (var item : items) {
            if (item != null) {
                skus.add(Product.normalizedSku(item.sku()));
                Gtin.parse(item.gtin()).ifPresent(g -> gtinKeys.add(g.key()));
            }
        }
        var existing = products.bySkusForUpdate(skus);
        var gtinOwners = new HashMap<>(products.skusByGtinKeys(gtinKeys));
        var seen = new HashMap<String, Integer>();
        var now = clock.instant();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        var refused = new ArrayList<CatalogUpsert.Refused>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var at = "items[" + i + "].";
            if (item == null) {
                refused.add(new CatalogUpsert.Refused(i, null, List.of(new FieldProblem("items[" + i + "]",
                        "catalog.item.missing", "the item is empty"))));
                continue;
            }
            var sku = Product.normalizedSku(item.sku());
            var problems = new ArrayList<FieldProblem>();
            Product.problems(item).forEach(p -> problems.add(new FieldProblem(at + p.field(), p.messageKey(), p.message())));
            var earlier = seen.putIfAbsent(sku, i);
            if (earlier != null && !sku.isEmpty()) {
                problems.add(new FieldProblem(at + "sku", "catalog.sku.repeated",
                        "the SKU is already item " + earlier + " of this call"));
            }
            var gtin = Gtin.parse(item.gtin());
            if (gtin.isPresent()) {
                var owner = gtinOwners.get(gtin.get().key());
                if (owner != null && !owner.equals(sku)) {
                    problems.add(new FieldProblem(at + "gtin", "product.gtin.taken", "the GTIN is " + owner + "'s"));
                }
            }
            if (!problems.isEmpty()) {
                refused.add(new CatalogUpsert.Refused(i, sku, problems));
                continue;
            }
            var product = existing.get(sku);
            if (!kept.isEmpty()) {
                item = keeping(item, product == null ? null : product.definition(), kept);
            }
            if (product == null) {
                product = Product.define(UUID.randomUUID(), item, now);
                products.add(product);
                existing.put(sku, product);
                audit.recordAs(by.actor(), null, SUBJECT, product.id(), "defined", null, product.status(), product.sku());
                created++;
            } else if (product.sameAs(item)) {
                unchanged++;
            } else {
                var before = product.status();
                var gtinBefore = product.gtinKey();
                gtinBefore.ifPresent(gtinOwners::remove);
                product.redefine(item, now);
                if (gtinBefore.isPresent() && !gtinBefore.equals(product.gtinKey())) {
                    products.flush();   // written now: a later item may take the GTIN whatever order JPA writes in
                }
                audit.recordAs(by.actor(), null, SUBJECT, product.id(), "changed", before, product.status(), product.sku());
                changed++;
            }
            var saved = product;
            saved.gtinKey().ifPresent(key -> gtinOwners.put(key, saved.sku()));
        }
        return new CatalogUpsert(created, changed, unchanged, refused);
    }

    /** The item with what {@code kept} names taken from the product as it is ({@code current}; null: a new one). */
    static ProductDefinition keeping(ProductDefinition item, ProductDefinition current, java.util.Set<Kept> kept) {
        if (current == null) {
            return kept.contains(Kept.LISTS) ? new ProductDefinition(item.sku(), item.gtin(), item.names(),
                    item.descriptions(), item.productLine(), item.unit(), item.orderMultiple(), item.minimumQuantity(),
                    item.status(), item.successorSku(), item.partnerTypes(), item.lowestTier(), java.util.Set.of(),
                    java.util.Set.of()) : item;
        }
        var names = new java.util.LinkedHashMap<String, String>(item.names() == null ? java.util.Map.of() : item.names());
        var descriptions = new java.util.LinkedHashMap<String, String>(item.descriptions() == null ? java.util.Map.of()
                : item.descriptions());
        keep(names, current.names(), "zh-TW", kept.contains(Kept.NAME_ZH_TW));
        keep(names, current.names(), "zh-CN", kept.contains(Kept.NAME_ZH_CN));
        keep(descriptions, current.descriptions(), "en", kept.contains(Kept.DESCRIPTION_EN));
        keep(descriptions, current.descriptions(), "zh-TW", kept.contains(Kept.DESCRIPTION_ZH_TW));
        keep(descriptions, current.descriptions(), "zh-CN", kept.contains(Kept.DESCRIPTION_ZH_CN));
        return new ProductDefinition(item.sku(), kept.contains(Kept.GTIN) ? current.gtin() : item.gtin(), names,
                descriptions, item.productLine(), item.unit(),
                kept.contains(Kept.ORDER_MULTIPLE) ? current.orderMultiple() : item.orderMultiple(),
                kept.contains(Kept.MINIMUM_QUANTITY) ? current.minimumQuantity() : item.minimumQuantity(),
                kept.contains(Kept.STATUS) ? current.status() : item.status(),
                kept.contains(Kept.SUCCESSOR) ? current.successorSku() : item.successorSku(),
                kept.contains(Kept.PARTNER_TYPES) ? current.partnerTypes() : item.partnerTypes(),
                kept.contains(Kept.LOWEST_TIER) ? current.lowestTier() : item.lowestTier(),
                kept.contains(Kept.LISTS) ? current.included() : item.included(),
                kept.contains(Kept.LISTS) ? current.excluded() : item.excluded());
    }

    private static void keep(java.util.Map<String, String> texts, java.util.Map<String, String> current, String language,
                             boolean kept) {
        if (!kept) {
            return;
        }
        texts.remove(language);
        if (current != null && current.get(language) != null) {
            texts.put(language, current.get(language));
        }
    }
}
