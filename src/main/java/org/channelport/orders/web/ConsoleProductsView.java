package org.channelport.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.domain.ProductStatus;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.PagedTable;
import org.channelport.shared.ProductLine;
import org.primefaces.model.LazyDataModel;

/**
 * The console's catalog (rule O6): every product as the brand owner defines it, whoever may see it, by SKU; filters
 * by text (SKU, GTIN, a name), product line and status; exports; a product's page to change it or a new one.
 */
@Named
@ViewScoped
public class ConsoleProductsView implements Serializable {
    static final String LIST = "manage.products";

    @Inject
    CatalogQueries queries;
    @Inject
    ListMemory memory;

    private String text;
    private ProductLine productLine;
    private ProductStatus status;
    private LazyDataModel<CatalogQueries.ProductRow> products;
    private long total = -1;

    @PostConstruct
    void init() {
        var read = queries;
        var language = Messages.locale().toLanguageTag();
        products = new PagedTable<>(this::filter, OrdersView.MAX_PAGE, read::productCount,
                (f, offset, limit) -> read.products(f, language, offset, limit),
                f -> read.productExport(f, language), CatalogQueries.ProductRow::sku);
        memory.recall(LIST, CatalogQueries.ProductFilter.class, "status", "all").ifPresent(f -> {
            text = f.text();
            productLine = f.productLine();
            status = f.status();
        });
    }

    private CatalogQueries.ProductFilter filter() {
        return new CatalogQueries.ProductFilter(text, productLine, status);
    }

    /** No product at all yet: the page says how products come in. */
    public boolean isNone() {
        if (total < 0) {
            total = queries.productCount(new CatalogQueries.ProductFilter(null, null, null));
        }
        return total == 0;
    }

    public ProductLine[] getProductLines() { return ProductLine.values(); }
    public ProductStatus[] getStatuses() { return ProductStatus.values(); }
    public LazyDataModel<CatalogQueries.ProductRow> getProducts() { return products; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; memory.remember(LIST, filter()); }
    public ProductLine getProductLine() { return productLine; }
    public void setProductLine(ProductLine productLine) { this.productLine = productLine; memory.remember(LIST, filter()); }
    public ProductStatus getStatus() { return status; }
    public void setStatus(ProductStatus status) { this.status = status; memory.remember(LIST, filter()); }
}
