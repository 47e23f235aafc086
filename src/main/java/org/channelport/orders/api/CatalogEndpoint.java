package org.channelport.orders.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.CatalogService;
import org.channelport.orders.application.PriceService;
import org.channelport.orders.application.ProductImageService;
import org.channelport.platform.rest.Params;
import org.channelport.platform.soap.SoapEndpoint;
import org.channelport.platform.soap.SoapFaults;
import org.channelport.shared.DomainException;

/**
 * The catalog over SOAP (issue 11, item 2) for ERPs that speak it: the same services, checks and answers as
 * {@link ProductsResource}, {@link PriceListsResource}, {@link ContractPricesResource} and
 * {@link ProductImagesResource}. The ERP (and channel managers) upsert products, price lists and contract prices in
 * batches, each item applied or refused on its own with every problem at its field ({@code items[3].gtin}); the same
 * batch again changes nothing, so a retried call is safe. They read back what changed since a moment, and set or
 * remove a product's image. A partner system reads its own catalog with its own prices: a product it may not see does
 * not exist for it here either (rule O3). Anything else is a client fault naming the field.
 */
@ApplicationScoped
@WebService(name = "Catalog", serviceName = "Catalog", portName = "CatalogPort", targetNamespace = CatalogEndpoint.NAMESPACE)
public class CatalogEndpoint implements SoapEndpoint {
    public static final String NAMESPACE = "urn:channelport:catalog:v1";

    @Inject
    CatalogService catalog;
    @Inject
    PriceService prices;
    @Inject
    CatalogQueries queries;
    @Inject
    ProductImageService images;
    @Inject
    CurrentUser user;

    @Override
    @WebMethod(exclude = true)
    public String address() { return "Catalog"; }

    @Override
    @WebMethod(exclude = true)
    public Class<?> implementationClass() { return CatalogEndpoint.class; }

    /** A batch of up to 10,000 product files the size of an import. */
    @Override
    @WebMethod(exclude = true)
    public String bodyLimit() { return "app.rest.max-import-bytes"; }

    /** Rule O6: defines or changes products by SKU (ERP, channel managers), up to 10,000 a call. */
    @WebMethod
    @WebResult(name = "result")
    public UpsertXml upsertProducts(@WebParam(name = "product") List<ProductXml> products) {
        return SoapFaults.call(() -> UpsertXml.of(ProductsResource.upsert(catalog,
                products == null ? List.of() : products.stream().map(p -> p == null ? null : p.json()).toList())));
    }

    /** Rule O4: defines or replaces price lists by code, each sent whole (ERP, channel managers). */
    @WebMethod
    @WebResult(name = "result")
    public UpsertXml upsertPriceLists(@WebParam(name = "priceList") List<PriceListXml> lists) {
        return SoapFaults.call(() -> {
            var items = lists == null ? List.<PriceListXml>of() : lists;
            var result = prices.upsertLists(items.stream().map(l -> l == null ? null : l.json().toDefinition()).toList());
            return UpsertXml.of(ProductsResource.UpsertJson.of(result, PriceListsResource.none(items.size()),
                    i -> items.get(i) == null ? null : items.get(i).code));
        });
    }

    /** Rule O4: defines or changes partners' contract prices (ERP, channel managers), up to 10,000 a call. */
    @WebMethod
    @WebResult(name = "result")
    public UpsertXml upsertContractPrices(@WebParam(name = "contractPrice") List<ContractPriceXml> contracts) {
        return SoapFaults.call(() -> {
            var items = contracts == null ? List.<ContractPriceXml>of() : contracts;
            var result = prices.upsertContracts(items.stream().map(c -> c == null ? null : c.json().toDefinition())
                    .toList());
            return UpsertXml.of(ProductsResource.UpsertJson.of(result, PriceListsResource.none(items.size()),
                    i -> items.get(i) == null ? null : items.get(i).sku));
        });
    }

    /** Products as defined, changed since a moment (ISO-8601), oldest change first; at most 1,000 a page. */
    @WebMethod
    @WebResult(name = "product")
    public List<ProductXml> listProductDefinitions(@WebParam(name = "updatedSince") String updatedSince,
                                                   @WebParam(name = "page") Integer page,
                                                   @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            int s = size(size, 100, 1000);
            return queries.changedSince(Params.instant(updatedSince, "updatedSince"), offset(page, s), s).stream()
                    .map(p -> ProductXml.of(ProductJson.of(p.definition()))).toList();
        });
    }

    /** Price lists, whole, changed since a moment; at most 100 a page. */
    @WebMethod
    @WebResult(name = "priceList")
    public List<PriceListXml> listPriceLists(@WebParam(name = "updatedSince") String updatedSince,
                                             @WebParam(name = "page") Integer page,
                                             @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            int s = size(size, 20, 100);
            return queries.priceListsChangedSince(Params.instant(updatedSince, "updatedSince"), offset(page, s), s)
                    .stream().map(l -> PriceListXml.of(PriceListsResource.PriceListJson.of(l))).toList();
        });
    }

    /** Contract prices changed since a moment; at most 1,000 a page. */
    @WebMethod
    @WebResult(name = "contractPrice")
    public List<ContractPriceXml> listContractPrices(@WebParam(name = "updatedSince") String updatedSince,
                                                     @WebParam(name = "page") Integer page,
                                                     @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            int s = size(size, 500, 1000);
            return queries.contractPricesChangedSince(Params.instant(updatedSince, "updatedSince"), offset(page, s), s)
                    .stream().map(c -> ContractPriceXml.of(ContractPricesResource.ContractPriceJson.of(c))).toList();
        });
    }

    /**
     * A partner's catalog with its own net prices for each product's minimum quantity (rule O7): a partner system
     * reads its own; the ERP and channel managers name the partner.
     */
    @WebMethod
    @WebResult(name = "catalog")
    public CatalogPageXml readCatalog(@WebParam(name = "currency") String currency,
                                      @WebParam(name = "partnerId") String partnerId,
                                      @WebParam(name = "text") String text,
                                      @WebParam(name = "productLine") String productLine,
                                      @WebParam(name = "language") String language,
                                      @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            int s = size(size, 50, 500);
            int p = page == null ? 0 : page;
            var json = ProductsResource.page(queries, user, currency, partnerId, text, productLine,
                    language == null ? "en" : language, p, s);
            var xml = new CatalogPageXml();
            json.items().forEach(i -> xml.products.add(CatalogProductXml.of(i)));
            xml.page = json.page();
            xml.size = json.size();
            xml.total = json.total();
            return xml;
        });
    }

    /** Rule O27: gives a product its image, or replaces it (PNG, JPEG or GIF, base64 in the message). */
    @WebMethod
    @WebResult(name = "image")
    public ImageXml setProductImage(@WebParam(name = "sku") String sku, @WebParam(name = "content") byte[] content) {
        return SoapFaults.call(() -> ImageXml.of(images.set(sku, content)));
    }

    /** Rule O27: removes a product's image; true if it had one. */
    @WebMethod
    @WebResult(name = "removed")
    public boolean removeProductImage(@WebParam(name = "sku") String sku) {
        return SoapFaults.call(() -> images.remove(sku));
    }

    private static int size(Integer size, int standard, int max) {
        int s = size == null ? standard : size;
        if (s < 1 || s > max) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging", "size: 1 to " + max + ".").at("size");
        }
        return s;
    }

    private static int offset(Integer page, int size) {
        return Params.offset(page == null ? 0 : page, size);
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Texts", namespace = NAMESPACE)
    public static class TextsXml {
        public String en;
        public String zhTW;
        public String zhCN;

        static TextsXml of(ProductJson.TextsJson json) {
            if (json == null) {
                return null;
            }
            var xml = new TextsXml();
            xml.en = json.en();
            xml.zhTW = json.zhTW();
            xml.zhCN = json.zhCN();
            return xml;
        }

        ProductJson.TextsJson json() {
            return new ProductJson.TextsJson(en, zhTW, zhCN);
        }
    }

    /** A product as the ERP sends it and reads it back (the REST {@code Product}'s members). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Product", namespace = NAMESPACE)
    public static class ProductXml {
        public String sku;
        public String gtin;
        public TextsXml names;
        public TextsXml descriptions;
        public String productLine;
        public String unit;
        public Integer orderMultiple;
        public Integer minimumQuantity;
        public String status;
        public String successorSku;
        @XmlElement(name = "partnerType")
        public List<String> partnerTypes = new ArrayList<>();
        public String lowestTier;
        @XmlElement(name = "includedPartner")
        public List<String> includedPartners = new ArrayList<>();
        @XmlElement(name = "excludedPartner")
        public List<String> excludedPartners = new ArrayList<>();

        ProductJson json() {
            return new ProductJson(sku, gtin, names == null ? null : names.json(),
                    descriptions == null ? null : descriptions.json(), productLine, unit, orderMultiple,
                    minimumQuantity, status, successorSku, partnerTypes, lowestTier, includedPartners,
                    excludedPartners);
        }

        static ProductXml of(ProductJson json) {
            var xml = new ProductXml();
            xml.sku = json.sku();
            xml.gtin = json.gtin();
            xml.names = TextsXml.of(json.names());
            xml.descriptions = TextsXml.of(json.descriptions());
            xml.productLine = json.productLine();
            xml.unit = json.unit();
            xml.orderMultiple = json.orderMultiple();
            xml.minimumQuantity = json.minimumQuantity();
            xml.status = json.status();
            xml.successorSku = json.successorSku();
            xml.partnerTypes = new ArrayList<>(json.partnerTypes());
            xml.lowestTier = json.lowestTier();
            xml.includedPartners = new ArrayList<>(json.includedPartners());
            xml.excludedPartners = new ArrayList<>(json.excludedPartners());
            return xml;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ListPrice", namespace = NAMESPACE)
    public static class ListPriceXml {
        public String sku;
        public Integer minQuantity;
        public BigDecimal unitPrice;
    }

    /** A tier's prices in one currency for a period, sent whole. Dates YYYY-MM-DD; no validTo: open-ended. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PriceList", namespace = NAMESPACE)
    public static class PriceListXml {
        public String code;
        public String name;
        public String currency;
        public String tier;
        public String validFrom;
        public String validTo;
        @XmlElement(name = "price")
        public List<ListPriceXml> prices = new ArrayList<>();

        PriceListsResource.PriceListJson json() {
            return new PriceListsResource.PriceListJson(code, name, currency, tier, validFrom, validTo,
                    prices.stream().map(p -> p == null ? null
                            : new PriceListsResource.ListPriceJson(p.sku, p.minQuantity, p.unitPrice)).toList());
        }

        static PriceListXml of(PriceListsResource.PriceListJson json) {
            var xml = new PriceListXml();
            xml.code = json.code();
            xml.name = json.name();
            xml.currency = json.currency();
            xml.tier = json.tier();
            xml.validFrom = json.validFrom();
            xml.validTo = json.validTo();
            for (var p : json.prices()) {
                var price = new ListPriceXml();
                price.sku = p.sku();
                price.minQuantity = p.minQuantity();
                price.unitPrice = p.unitPrice();
                xml.prices.add(price);
            }
            return xml;
        }
    }

    /** A price agreed with one partner. Dates YYYY-MM-DD; no validTo: open-ended. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ContractPrice", namespace = NAMESPACE)
    public static class ContractPriceXml {
        public String partnerId;
        public String sku;
        public String currency;
        public Integer minQuantity;
        public BigDecimal unitPrice;
        public String validFrom;
        public String validTo;

        ContractPricesResource.ContractPriceJson json() {
            return new ContractPricesResource.ContractPriceJson(partnerId, sku, currency, minQuantity, unitPrice,
                    validFrom, validTo);
        }

        static ContractPriceXml of(ContractPricesResource.ContractPriceJson json) {
            var xml = new ContractPriceXml();
            xml.partnerId = json.partnerId();
            xml.sku = json.sku();
            xml.currency = json.currency();
            xml.minQuantity = json.minQuantity();
            xml.unitPrice = json.unitPrice();
            xml.validFrom = json.validFrom();
            xml.validTo = json.validTo();
            return xml;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Problem", namespace = NAMESPACE)
    public static class ProblemXml {
        public String field;
        public String message;
    }

    /** A refused item: its index in the call, its key (SKU or price list code) and every problem at its field. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Refused", namespace = NAMESPACE)
    public static class RefusedXml {
        public int index;
        public String key;
        @XmlElement(name = "error")
        public List<ProblemXml> errors = new ArrayList<>();
    }

    /** What a batch did: counts, and every refused item. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Upsert", namespace = NAMESPACE)
    public static class UpsertXml {
        public int created;
        public int changed;
        public int unchanged;
        @XmlElement(name = "refused")
        public List<RefusedXml> refused = new ArrayList<>();

        static UpsertXml of(ProductsResource.UpsertJson json) {
            var xml = new UpsertXml();
            xml.created = json.created();
            xml.changed = json.changed();
            xml.unchanged = json.unchanged();
            for (var r : json.refused()) {
                var refused = new RefusedXml();
                refused.index = r.index();
                refused.key = r.key();
                for (var e : r.errors()) {
                    var problem = new ProblemXml();
                    problem.field = e.field();
                    problem.message = e.message();
                    refused.errors.add(problem);
                }
                xml.refused.add(refused);
            }
            return xml;
        }
    }

    /** The partner's net unit price and where it came from (CONTRACT or PRICE_LIST). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CatalogPrice", namespace = NAMESPACE)
    public static class PriceXml {
        public BigDecimal unitPrice;
        public String currency;
        public String source;
        public int fromQuantity;
    }

    /** A product as the partner sees it; without price: none in that currency. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CatalogProduct", namespace = NAMESPACE)
    public static class CatalogProductXml {
        public String sku;
        public String gtin;
        public String name;
        public String productLine;
        public String unit;
        public int orderMultiple;
        public int minimumQuantity;
        public String status;
        public String successorSku;
        public PriceXml price;
        public String imageTag;

        static CatalogProductXml of(ProductsResource.CatalogProductJson json) {
            var xml = new CatalogProductXml();
            xml.sku = json.sku();
            xml.gtin = json.gtin();
            xml.name = json.name();
            xml.productLine = json.productLine();
            xml.unit = json.unit();
            xml.orderMultiple = json.orderMultiple();
            xml.minimumQuantity = json.minimumQuantity();
            xml.status = json.status();
            xml.successorSku = json.successorSku();
            if (json.price() != null) {
                xml.price = new PriceXml();
                xml.price.unitPrice = json.price().unitPrice();
                xml.price.currency = json.price().currency();
                xml.price.source = json.price().source();
                xml.price.fromQuantity = json.price().fromQuantity();
            }
            xml.imageTag = json.imageTag();
            return xml;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CatalogPage", namespace = NAMESPACE)
    public static class CatalogPageXml {
        @XmlElement(name = "product")
        public List<CatalogProductXml> products = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }

    /** A product's image as stored: drawn anew from the upload; changed is false when the same file came again. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ProductImage", namespace = NAMESPACE)
    public static class ImageXml {
        public String sku;
        public String tag;
        public String contentType;
        public int width;
        public int height;
        public boolean changed;

        static ImageXml of(ProductImageService.ImageInfo info) {
            var xml = new ImageXml();
            xml.sku = info.sku();
            xml.tag = info.tag();
            xml.contentType = info.contentType();
            xml.width = info.width();
            xml.height = info.height();
            xml.changed = info.changed();
            return xml;
        }
    }
}
