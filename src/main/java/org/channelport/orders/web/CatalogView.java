package org.channelport.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.CatalogRow;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.PagedTable;
import org.channelport.shared.ProductLine;
import org.primefaces.model.LazyDataModel;

/**
 * The partner's catalog (issue 11, rules O3, O4, O7): only what it may see, each product at its own net price in the
 * chosen currency (those it has prices in; its country's first when it has prices in it), searched by SKU, GTIN or
 * name, filtered by product line.
 */
@Named
@ViewScoped
public class CatalogView implements Serializable {
    static final int MAX_PAGE = 100;

    @Inject
    CatalogQueries queries;
    @Inject
    CurrentUser user;
    @Inject
    PartnerRoster roster;
    @Inject
    OrderCart cart;

    private UUID partner;
    private String text;
    private ProductLine productLine;
    private String currency;
    private List<String> currencies;
    private boolean nothingPublished;
    private LazyDataModel<CatalogRow> products;

    /** What a page of the table asks the read side for (serializable: the view may be passivated). */
    record Query(UUID partner, CatalogQueries.Filter filter, String currency, String language) implements Serializable {}

    @PostConstruct
    void init() {
        partner = user.requirePartner();
        currencies = queries.currencies(partner);
        var home = roster.homeCurrency(partner).orElse(null);
        currency = currencies.contains(home) ? home : currencies.isEmpty() ? "EUR" : currencies.get(0);
        nothingPublished = queries.count(partner, new CatalogQueries.Filter(null, null)) == 0;
        var read = queries;
        products = new PagedTable<>(this::query, MAX_PAGE,
                q -> read.count(q.partner(), q.filter()),
                (q, first, size) -> read.page(q.partner(), q.filter(), q.currency(), q.language(), first, size),
                q -> read.page(q.partner(), q.filter(), q.currency(), q.language(), 0, MAX_PAGE),
                CatalogRow::sku);
    }

    private Query query() {
        return new Query(partner, new CatalogQueries.Filter(text, productLine), currency,
                Messages.locale().toLanguageTag());
    }

    /** The product's minimum quantity joins the cart (the order form checks and prices it). */
    public void addToCart(String sku, int quantity) {
        cart.add(sku, quantity);
        Messages.info("orders.added", sku, quantity);
    }

    public LazyDataModel<CatalogRow> getProducts() { return products; }
    public boolean isNothingPublished() { return nothingPublished; }
    public List<String> getCurrencies() { return currencies; }
    public ProductLine[] getProductLines() { return ProductLine.values(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public ProductLine getProductLine() { return productLine; }
    public void setProductLine(ProductLine productLine) { this.productLine = productLine; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currencies.contains(currency) ? currency : this.currency; }
}
