package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.CatalogService;
import org.channelport.orders.domain.InvalidProduct;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.domain.ProductStatus;
import org.channelport.orders.domain.UnitOfMeasure;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Pages;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.ProductLine;

/**
 * A product in the console (rules O1, O6): a channel manager defines a new one or changes one, through the same
 * {@link CatalogService#upsert} as the ERP's batches, every problem at its field. Who may see it by name (the include
 * and exclude lists) is kept as it is: the ERP maintains those.
 */
@Named
@ViewScoped
public class ProductEditView implements Serializable {
    static final String FORM = "productForm";

    @Inject
    CatalogQueries queries;
    @Inject
    CatalogService catalog;

    private String sku;
    private boolean existing;
    private boolean loaded;
    private String gtin;
    private String nameEn;
    private String nameZhTw;
    private String nameZhCn;
    private String descriptionEn;
    private String descriptionZhTw;
    private String descriptionZhCn;
    private ProductLine productLine;
    private UnitOfMeasure unit = UnitOfMeasure.EA;
    private Integer orderMultiple = 1;
    private Integer minimumQuantity = 1;
    private ProductStatus status = ProductStatus.ACTIVE;
    private String successorSku;
    private List<PartnerType> partnerTypes = List.of();
    private PartnerTier lowestTier;
    /** When the product read was last changed: a save over a later change is refused (the form is stale). */
    private java.time.Instant loadedAt;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (sku == null || sku.isBlank()) {
            return;   // a new product
        }
        var product = queries.product(sku);
        if (product.isEmpty()) {
            Pages.notFound();
            return;
        }
        var d = product.get().definition();
        existing = true;
        loadedAt = product.get().updatedAt();
        sku = d.sku();
        gtin = d.gtin();
        nameEn = d.names().get("en");
        nameZhTw = d.names().get("zh-TW");
        nameZhCn = d.names().get("zh-CN");
        descriptionEn = d.descriptions().get("en");
        descriptionZhTw = d.descriptions().get("zh-TW");
        descriptionZhCn = d.descriptions().get("zh-CN");
        productLine = ProductLine.valueOf(d.productLine());
        unit = UnitOfMeasure.valueOf(d.unit());
        orderMultiple = d.orderMultiple();
        minimumQuantity = d.minimumQuantity();
        status = ProductStatus.valueOf(d.status());
        successorSku = d.successorSku();
        partnerTypes = List.copyOf(d.partnerTypes());
        lowestTier = d.lowestTier();
    }

    /** The form as a definition (who may see it by name is the service's to keep: the ERP's lists). */
    private ProductDefinition definition() {
        var names = new LinkedHashMap<String, String>();
        var descriptions = new LinkedHashMap<String, String>();
        names.put("en", nameEn);
        names.put("zh-TW", nameZhTw);
        names.put("zh-CN", nameZhCn);
        descriptions.put("en", descriptionEn);
        descriptions.put("zh-TW", descriptionZhTw);
        descriptions.put("zh-CN", descriptionZhCn);
        var types = partnerTypes == null || partnerTypes.isEmpty() ? EnumSet.noneOf(PartnerType.class)
                : EnumSet.copyOf(partnerTypes);
        return new ProductDefinition(sku, gtin, names, descriptions, productLine == null ? null : productLine.name(),
                unit == null ? null : unit.name(), orderMultiple, minimumQuantity, status == null ? null : status.name(),
                successorSku, types, lowestTier, Set.of(), Set.of());
    }

    /** Saves through the catalog's one way in for a form ({@link CatalogService#define}); problems at their fields. */
    public String save() {
        var saved = Messages.attempt(FORM, () -> {
            try {
                return catalog.define(definition(), loadedAt);
            } catch (InvalidProduct e) {
                throw new InvalidProduct(e.problems().stream().map(ProductEditView::onForm).toList());
            }
        });
        if (saved == null) {
            return null;
        }
        var normalized = org.channelport.orders.domain.Product.normalizedSku(sku);
        Pages.keepMessages();
        Messages.info(saved.created() > 0 ? "products.created" : saved.changed() > 0 ? "products.saved"
                : "products.unchanged", normalized);
        return "/manage/orders/product?faces-redirect=true&sku="
                + java.net.URLEncoder.encode(normalized, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A batch's field ({@code items[0].names.zh-TW}) as this form's input ({@code nameZhTw}). */
    static FieldProblem onForm(FieldProblem p) {
        var field = p.field();
        field = switch (field) {
            case "names.en" -> "nameEn";
            case "names.zh-TW" -> "nameZhTw";
            case "names.zh-CN" -> "nameZhCn";
            case "descriptions.en" -> "descriptionEn";
            case "descriptions.zh-TW" -> "descriptionZhTw";
            case "descriptions.zh-CN" -> "descriptionZhCn";
            case "" -> "sku";
            default -> field.startsWith("names.") ? "nameEn" : field.startsWith("descriptions.") ? "descriptionEn"
                    : field;
        };
        return new FieldProblem(field, p.messageKey(), p.message(), p.arguments());
    }

    public boolean isExisting() { return existing; }
    public ProductLine[] getProductLines() { return ProductLine.values(); }
    public UnitOfMeasure[] getUnits() { return UnitOfMeasure.values(); }
    public ProductStatus[] getStatuses() { return ProductStatus.values(); }
    public PartnerType[] getTypes() { return PartnerType.values(); }
    public PartnerTier[] getTiers() { return PartnerTier.values(); }
    public String getSku() { return sku; }
    public void setSku(String sku) { if (!existing) { this.sku = sku; } }
    public String getGtin() { return gtin; }
    public void setGtin(String gtin) { this.gtin = gtin; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameZhTw() { return nameZhTw; }
    public void setNameZhTw(String nameZhTw) { this.nameZhTw = nameZhTw; }
    public String getNameZhCn() { return nameZhCn; }
    public void setNameZhCn(String nameZhCn) { this.nameZhCn = nameZhCn; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescriptionZhTw() { return descriptionZhTw; }
    public void setDescriptionZhTw(String descriptionZhTw) { this.descriptionZhTw = descriptionZhTw; }
    public String getDescriptionZhCn() { return descriptionZhCn; }
    public void setDescriptionZhCn(String descriptionZhCn) { this.descriptionZhCn = descriptionZhCn; }
    public ProductLine getProductLine() { return productLine; }
    public void setProductLine(ProductLine productLine) { this.productLine = productLine; }
    public UnitOfMeasure getUnit() { return unit; }
    public void setUnit(UnitOfMeasure unit) { this.unit = unit; }
    public Integer getOrderMultiple() { return orderMultiple; }
    public void setOrderMultiple(Integer orderMultiple) { this.orderMultiple = orderMultiple; }
    public Integer getMinimumQuantity() { return minimumQuantity; }
    public void setMinimumQuantity(Integer minimumQuantity) { this.minimumQuantity = minimumQuantity; }
    public ProductStatus getStatus() { return status; }
    public void setStatus(ProductStatus status) { this.status = status; }
    public String getSuccessorSku() { return successorSku; }
    public void setSuccessorSku(String successorSku) { this.successorSku = successorSku; }
    public List<PartnerType> getPartnerTypes() { return partnerTypes; }
    public void setPartnerTypes(List<PartnerType> partnerTypes) { this.partnerTypes = partnerTypes; }
    public PartnerTier getLowestTier() { return lowestTier; }
    public void setLowestTier(PartnerTier lowestTier) { this.lowestTier = lowestTier; }
}
