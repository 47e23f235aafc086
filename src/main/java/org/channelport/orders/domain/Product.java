package org.channelport.orders.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.ProductLine;

/**
 * A product of the brand owner's catalog (rules O1–O3): what it is (SKU, GTIN, names and descriptions in the three
 * languages, product line), how it is sold (unit, order multiple, minimum quantity), whether it can still be ordered
 * (active, or discontinued with its successor) and who may see it (partner types and lowest tier, plus partners
 * included or excluded by name). A product a partner may not see does not exist for it, on any channel.
 */
@Entity
@Table(name = "product")
public class Product {
    /** Rule O1: upper-case letters, digits, dot, underscore and hyphen, 1 to 40, starting with a letter or digit. */
    static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int QUANTITY_MAX = 1_000_000;

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String sku;
    private String gtin;
    @Column(name = "gtin_key")
    private String gtinKey;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "name_zh_tw")
    private String nameZhTw;
    @Column(name = "name_zh_cn")
    private String nameZhCn;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "description_zh_tw")
    private String descriptionZhTw;
    @Column(name = "description_zh_cn")
    private String descriptionZhCn;
    @Enumerated(EnumType.STRING)
    @Column(name = "product_line", nullable = false)
    private ProductLine productLine;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitOfMeasure unit;
    @Column(name = "order_multiple", nullable = false)
    private int orderMultiple;
    @Column(name = "minimum_quantity", nullable = false)
    private int minimumQuantity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductStatus status;
    @Column(name = "successor_sku")
    private String successorSku;
    /** Comma-separated partner types that may see it; empty: every type. */
    @Column(name = "partner_types", nullable = false)
    private String partnerTypes;
    @Enumerated(EnumType.STRING)
    @Column(name = "lowest_tier")
    private PartnerTier lowestTier;
    // Lazy: who sees a product by name is decided in the catalog's queries (rule O3); only the console's form, the
    // ERP's upsert and the demo read the lists, so an order of ten lines no longer loads twenty of them (issue 11's
    // intake bench)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_included_partner", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "partner_id")
    private Set<UUID> included = new HashSet<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_excluded_partner", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "partner_id")
    private Set<UUID> excluded = new HashSet<>();
    /** Rule O27: which image the product shows (its {@link ProductImage#tag()}), none without one. */
    @Column(name = "image_tag")
    private String imageTag;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Product() {}

    /** A new product from a definition that {@link #problems} found nothing wrong with (else {@link InvalidProduct}). */
    public static Product define(UUID id, ProductDefinition definition, Instant now) {
        var product = new Product();
        product.id = id;
        product.apply(definition, now);
        return product;
    }

    /** The ERP's or a manager's new definition of this product (its SKU stays). */
    public void redefine(ProductDefinition definition, Instant now) {
        if (!normalizedSku(definition.sku()).equals(sku)) {
            throw new InvalidProduct(List.of(new FieldProblem("sku", "product.sku.changed",
                    "a product's SKU cannot change; define a new product and name it as the successor")));
        }
        apply(definition, now);
    }

    private void apply(ProductDefinition d, Instant now) {
        var problems = problems(d);
        if (!problems.isEmpty()) {
            throw new InvalidProduct(problems);
        }
        sku = normalizedSku(d.sku());
        var parsed = blank(d.gtin()) ? Optional.<Gtin>empty() : Gtin.parse(d.gtin());
        gtin = parsed.map(Gtin::digits).orElse(null);
        gtinKey = parsed.map(Gtin::key).orElse(null);
        nameEn = text(d.names(), "en");
        nameZhTw = text(d.names(), "zh-TW");
        nameZhCn = text(d.names(), "zh-CN");
        descriptionEn = text(d.descriptions(), "en");
        descriptionZhTw = text(d.descriptions(), "zh-TW");
        descriptionZhCn = text(d.descriptions(), "zh-CN");
        productLine = ProductLine.valueOf(d.productLine().strip().toUpperCase(Locale.ROOT));
        unit = UnitOfMeasure.ofCode(d.unit().strip().toUpperCase(Locale.ROOT)).orElseThrow();
        orderMultiple = d.orderMultiple() == null ? 1 : d.orderMultiple();
        minimumQuantity = d.minimumQuantity() == null ? orderMultiple : d.minimumQuantity();
        status = blank(d.status()) ? ProductStatus.ACTIVE : ProductStatus.valueOf(d.status().strip().toUpperCase(Locale.ROOT));
        successorSku = blank(d.successorSku()) ? null : normalizedSku(d.successorSku());
        partnerTypes = d.partnerTypes() == null ? "" : d.partnerTypes().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
        lowestTier = d.lowestTier();
        included = d.included() == null ? new HashSet<>() : new HashSet<>(d.included());
        excluded = d.excluded() == null ? new HashSet<>() : new HashSet<>(d.excluded());
        updatedAt = now;
    }

    /**
     * Everything wrong with a definition (rule O1), each at its field: the SKU's form, the GTIN's length and check
     * digit (O2), an English name, texts not too long, a known product line and unit, an order multiple and a minimum
     * quantity from 1 that agree (the minimum a multiple of the multiple), a known status, a successor only for a
     * discontinued product and never itself, no partner both included and excluded.
     */
    public static List<FieldProblem> problems(ProductDefinition d) {
        var p = new ArrayList<FieldProblem>();
        if (blank(d.sku())) {
            p.add(new FieldProblem("sku", "product.sku.required", "SKU is missing"));
        } else if (!SKU.matcher(normalizedSku(d.sku())).matches()) {
            p.add(new FieldProblem("sku", "product.sku.invalid",
                    "SKU: 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (!blank(d.gtin()) && Gtin.parse(d.gtin()).isEmpty()) {
            p.add(new FieldProblem("gtin", "product.gtin.invalid",
                    "GTIN: 13 or 14 digits whose last is the GS1 check digit"));
        }
        if (blank(text(d.names(), "en"))) {
            p.add(new FieldProblem("names.en", "product.name.required", "English name is missing"));
        }
        for (var language : ProductDefinition.LANGUAGES) {
            tooLong(p, "names." + language, text(d.names(), language), NAME_MAX);
            tooLong(p, "descriptions." + language, text(d.descriptions(), language), DESCRIPTION_MAX);
        }
        for (var texts : Arrays.asList(d.names(), d.descriptions())) {
            if (texts != null) {
                texts.keySet().stream().filter(k -> !ProductDefinition.LANGUAGES.contains(k)).forEach(k -> p.add(
                        new FieldProblem((texts == d.names() ? "names." : "descriptions.") + k, "product.language.unknown",
                                "texts are kept in en, zh-TW and zh-CN only")));
            }
        }
        if (blank(d.productLine())) {
            p.add(new FieldProblem("productLine", "product.productLine.required", "product line is missing"));
        } else if (Arrays.stream(ProductLine.values()).noneMatch(l -> l.name().equalsIgnoreCase(d.productLine().strip()))) {
            p.add(new FieldProblem("productLine", "product.productLine.unknown", "unknown product line"));
        }
        if (blank(d.unit())) {
            p.add(new FieldProblem("unit", "product.unit.required", "unit of measure is missing"));
        } else if (UnitOfMeasure.ofCode(d.unit().strip().toUpperCase(Locale.ROOT)).isEmpty()) {
            p.add(new FieldProblem("unit", "product.unit.unknown",
                    "unit: a UN/ECE Recommendation 20 code such as EA, CS or PK"));
        }
        var multiple = d.orderMultiple() == null ? 1 : d.orderMultiple();
        if (multiple < 1 || multiple > QUANTITY_MAX) {
            p.add(new FieldProblem("orderMultiple", "product.orderMultiple.invalid", "order multiple: 1 or more"));
        }
        var minimum = d.minimumQuantity() == null ? multiple : d.minimumQuantity();
        if (minimum < 1 || minimum > QUANTITY_MAX) {
            p.add(new FieldProblem("minimumQuantity", "product.minimumQuantity.invalid", "minimum quantity: 1 or more"));
        } else if (multiple >= 1 && minimum % multiple != 0) {
            p.add(new FieldProblem("minimumQuantity", "product.minimumQuantity.notMultiple",
                    "the minimum quantity must be a multiple of the order multiple"));
        }
        ProductStatus status = null;
        if (!blank(d.status())) {
            status = Arrays.stream(ProductStatus.values()).filter(s -> s.name().equalsIgnoreCase(d.status().strip()))
                    .findFirst().orElse(null);
            if (status == null) {
                p.add(new FieldProblem("status", "product.status.unknown", "status: ACTIVE or DISCONTINUED"));
            }
        }
        if (!blank(d.successorSku())) {
            if (status != ProductStatus.DISCONTINUED) {
                p.add(new FieldProblem("successorSku", "product.successor.onlyDiscontinued",
                        "only a discontinued product names a successor"));
            } else if (!SKU.matcher(normalizedSku(d.successorSku())).matches()) {
                p.add(new FieldProblem("successorSku", "product.sku.invalid", "successor: not a SKU"));
            } else if (!blank(d.sku()) && normalizedSku(d.successorSku()).equals(normalizedSku(d.sku()))) {
                p.add(new FieldProblem("successorSku", "product.successor.itself", "a product cannot succeed itself"));
            }
        }
        if (d.included() != null && d.excluded() != null && d.included().stream().anyMatch(d.excluded()::contains)) {
            p.add(new FieldProblem("excluded", "product.visibility.both", "a partner is both included and excluded"));
        }
        return p;
    }

    /**
     * Rule O3: whether this partner sees the product at all. Excluded partners never; included partners always;
     * others when their type is among the product's types (none named: every type) and their tier is at least its
     * lowest tier.
     */
    public boolean visibleTo(UUID partnerId, PartnerType type, PartnerTier tier) {
        if (excluded.contains(partnerId)) {
            return false;
        }
        if (included.contains(partnerId)) {
            return true;
        }
        var typeAllowed = partnerTypes.isEmpty() || partnerTypes().contains(type);
        var tierAllowed = lowestTier == null || (tier != null && tier.ordinal() >= lowestTier.ordinal());
        return typeAllowed && tierAllowed;
    }

    /**
     * Rule O5: what is wrong with ordering this quantity of it, at {@code field} ({@code lines[2].quantity}): a
     * discontinued product (the problem names its successor), a quantity not a whole number above 0, below the
     * minimum, or not a multiple of the order multiple.
     */
    public List<FieldProblem> orderProblems(BigDecimal quantity, String skuField, String quantityField) {
        var p = new ArrayList<FieldProblem>();
        if (status == ProductStatus.DISCONTINUED) {
            p.add(successorSku == null
                    ? new FieldProblem(skuField, "order.line.discontinued", sku + " is discontinued")
                    : new FieldProblem(skuField, "order.line.discontinuedSucceeded",
                            sku + " is discontinued; order " + successorSku + " instead", List.of(successorSku)));
        }
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0
                || quantity.compareTo(BigDecimal.valueOf(QUANTITY_MAX)) > 0) {
            p.add(new FieldProblem(quantityField, "order.line.quantity.invalid", "quantity: a whole number above 0"));
        } else if (quantity.intValueExact() < minimumQuantity) {
            p.add(new FieldProblem(quantityField, "order.line.quantity.belowMinimum",
                    "quantity below the minimum of " + minimumQuantity + " " + unit, List.of(minimumQuantity, unit.name())));
        } else if (quantity.intValueExact() % orderMultiple != 0) {
            p.add(new FieldProblem(quantityField, "order.line.quantity.notMultiple",
                    "quantity not a multiple of " + orderMultiple + " " + unit, List.of(orderMultiple, unit.name())));
        }
        return p;
    }

    /**
     * Whether this definition says nothing new about the product (a repeated upsert: rule O6). Compared as the state
     * the definition would give, so that spelling ({@code " sw-24"}, {@code "ea"}) does not count as a change.
     */
    public boolean sameAs(ProductDefinition definition) {
        if (!problems(definition).isEmpty()) {
            return false;
        }
        var other = new Product();
        other.apply(definition, updatedAt);
        return state().equals(other.state());
    }

    private List<Object> state() {
        return Arrays.asList(sku, gtin, nameEn, nameZhTw, nameZhCn, descriptionEn, descriptionZhTw, descriptionZhCn,
                productLine, unit, orderMultiple, minimumQuantity, status, successorSku, partnerTypes, lowestTier,
                new java.util.TreeSet<>(included), new java.util.TreeSet<>(excluded));
    }

    /** The product as a definition says it (rule O1): what a form edits and sends back whole. */
    public ProductDefinition definition() {
        var names = new java.util.LinkedHashMap<String, String>();
        var descriptions = new java.util.LinkedHashMap<String, String>();
        put(names, "en", nameEn);
        put(names, "zh-TW", nameZhTw);
        put(names, "zh-CN", nameZhCn);
        put(descriptions, "en", descriptionEn);
        put(descriptions, "zh-TW", descriptionZhTw);
        put(descriptions, "zh-CN", descriptionZhCn);
        return new ProductDefinition(sku, gtin, names, descriptions, productLine.name(), unit.name(), orderMultiple,
                minimumQuantity, status.name(), successorSku, partnerTypes(), lowestTier, Set.copyOf(included),
                Set.copyOf(excluded));
    }

    private static void put(Map<String, String> texts, String language, String text) {
        if (!blank(text)) {
            texts.put(language, text);
        }
    }

    /** The GTIN's 14-digit key, if the product has a GTIN. */
    public Optional<String> gtinKey() { return Optional.ofNullable(gtinKey); }

    /** The name in this language tag ({@code zh-TW}), else in English. */
    public String name(String language) {
        var name = "zh-TW".equals(language) ? nameZhTw : "zh-CN".equals(language) ? nameZhCn : nameEn;
        return blank(name) ? nameEn : name;
    }

    public UUID id() { return id; }
    public String sku() { return sku; }
    public Optional<Gtin> gtin() { return Optional.ofNullable(gtin).map(Gtin::new); }
    public ProductLine productLine() { return productLine; }
    public UnitOfMeasure unit() { return unit; }
    public int orderMultiple() { return orderMultiple; }
    public int minimumQuantity() { return minimumQuantity; }
    public ProductStatus status() { return status; }
    public Optional<String> successorSku() { return Optional.ofNullable(successorSku); }
    public PartnerTier lowestTier() { return lowestTier; }
    public Instant updatedAt() { return updatedAt; }
    public Optional<String> imageTag() { return Optional.ofNullable(imageTag); }

    /** Rule O27: the product shows this image now (null: none); a change of the product as the ERP reads it. */
    public void showImage(String tag, Instant now) {
        this.imageTag = tag;
        this.updatedAt = now;
    }

    public Set<PartnerType> partnerTypes() {
        var types = EnumSet.noneOf(PartnerType.class);
        if (!partnerTypes.isEmpty()) {
            Arrays.stream(partnerTypes.split(",")).map(PartnerType::valueOf).forEach(types::add);
        }
        return types;
    }

    /** The SKU as it is kept: trimmed, upper case. */
    public static String normalizedSku(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(Map<String, String> texts, String language) {
        if (texts == null) {
            return null;
        }
        var text = texts.get(language);
        return blank(text) ? null : text.strip();
    }

    private static void tooLong(List<FieldProblem> p, String field, String text, int max) {
        if (text != null && text.length() > max) {
            p.add(new FieldProblem(field, "field.tooLong", field + ": at most " + max + " characters"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
