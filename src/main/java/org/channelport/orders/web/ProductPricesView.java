package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.CatalogQueries.ContractPriceRow;
import org.channelport.orders.application.CatalogQueries.ListPriceRow;
import org.channelport.orders.application.CatalogQueries.PriceListRow;
import org.channelport.orders.application.ContractPriceDefinition;
import org.channelport.orders.application.ListPriceDefinition;
import org.channelport.orders.application.PriceService;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.web.Messages;

/**
 * A product's prices on its console page (rules O4, O8): its price in every price list (quantity breaks) and its
 * contract prices with partners; a channel manager sets or removes one at a time through the ERP's own price service,
 * every problem at its field. Price lists themselves come from the ERP (or a file of list prices).
 */
@Named
@ViewScoped
public class ProductPricesView implements Serializable {
    static final String LIST_FORM = "listPriceForm";
    static final String CONTRACT_FORM = "contractPriceForm";
    static final int PARTNER_CHOICES = 20;

    @Inject
    ProductEditView product;
    @Inject
    CatalogQueries queries;
    @Inject
    PriceService prices;
    @Inject
    PartnerRoster roster;
    @Inject
    Clock clock;

    private List<ListPriceRow> listPrices;
    private List<ContractPriceRow> contractPrices;
    private List<PriceListRow> priceLists;
    private final Map<UUID, String> partnerNames = new HashMap<>();

    private String priceList;
    private Integer listMinQuantity = 1;
    private BigDecimal listUnitPrice;

    private UUID partnerId;
    private String currency;
    private Integer contractMinQuantity = 1;
    private BigDecimal contractUnitPrice;
    private LocalDate validFrom;
    private LocalDate validTo;

    @jakarta.annotation.PostConstruct
    void init() {
        validFrom = LocalDate.now(clock);
    }

    private String sku() {
        return product.getSku();
    }

    public boolean isShown() {
        return product.isExisting();
    }

    public List<ListPriceRow> getListPrices() {
        if (listPrices == null) {
            listPrices = isShown() ? queries.listPrices(sku()) : List.of();
        }
        return listPrices;
    }

    public List<ContractPriceRow> getContractPrices() {
        if (contractPrices == null) {
            contractPrices = isShown() ? queries.contractPrices(sku()) : List.of();
            contractPrices.forEach(c -> partnerNames.put(c.partnerId(), c.partnerName()));
        }
        return contractPrices;
    }

    public List<PriceListRow> getPriceLists() {
        if (priceLists == null) {
            priceLists = queries.priceLists();
        }
        return priceLists;
    }

    public void setListPrice() {
        var done = Messages.attempt(LIST_FORM, () -> prices.setListPrice(new ListPriceDefinition(priceList, sku(),
                listMinQuantity, listUnitPrice)));
        if (done != null) {
            Messages.info(done.unchanged() > 0 ? "prices.unchanged" : "prices.listSet", priceList);
            listPrices = null;
            listUnitPrice = null;
        }
    }

    /** Fills the list price form with a row, to change its price. */
    public void editListPrice(ListPriceRow row) {
        priceList = row.priceList();
        listMinQuantity = row.minQuantity();
        listUnitPrice = row.unitPrice();
    }

    public void removeListPrice(ListPriceRow row) {
        if (Messages.attempt(LIST_FORM, () -> prices.removeListPrice(row.priceList(), sku(), row.minQuantity()))) {
            Messages.info("prices.listRemoved", row.priceList());
            listPrices = null;
        }
    }

    public void setContractPrice() {
        var done = Messages.attempt(CONTRACT_FORM, () -> prices.setContractPrice(new ContractPriceDefinition(
                partnerId == null ? null : partnerId.toString(), sku(), currency, contractMinQuantity,
                contractUnitPrice, validFrom == null ? null : validFrom.toString(),
                validTo == null ? null : validTo.toString())));
        if (done != null) {
            Messages.info(done.unchanged() > 0 ? "prices.unchanged" : "prices.contractSet", partnerName(partnerId));
            contractPrices = null;
            contractUnitPrice = null;
        }
    }

    /** Fills the contract price form with a row: the same partner, currency, break and first day change it. */
    public void editContractPrice(ContractPriceRow row) {
        partnerId = row.partnerId();
        partnerNames.put(row.partnerId(), row.partnerName());
        currency = row.currency();
        contractMinQuantity = row.minQuantity();
        contractUnitPrice = row.unitPrice();
        validFrom = row.validFrom();
        validTo = row.validTo();
    }

    public void removeContractPrice(ContractPriceRow row) {
        if (Messages.attempt(CONTRACT_FORM, () -> prices.removeContractPrice(row.id()))) {
            Messages.info("prices.contractRemoved", row.partnerName());
            contractPrices = null;
        }
    }

    /** The partner chooser's suggestions: partners whose name holds the text. */
    public List<UUID> completePartner(String text) {
        var found = roster.nameContaining(text, PARTNER_CHOICES);
        partnerNames.putAll(found);
        return new ArrayList<>(found.keySet());
    }

    public String partnerName(UUID id) {
        return id == null ? "" : partnerNames.getOrDefault(id, id.toString());
    }

    public String getPriceList() { return priceList; }
    public void setPriceList(String priceList) { this.priceList = priceList; }
    public Integer getListMinQuantity() { return listMinQuantity; }
    public void setListMinQuantity(Integer listMinQuantity) { this.listMinQuantity = listMinQuantity; }
    public BigDecimal getListUnitPrice() { return listUnitPrice; }
    public void setListUnitPrice(BigDecimal listUnitPrice) { this.listUnitPrice = listUnitPrice; }
    public UUID getPartnerId() { return partnerId; }
    public void setPartnerId(UUID partnerId) { this.partnerId = partnerId; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Integer getContractMinQuantity() { return contractMinQuantity; }
    public void setContractMinQuantity(Integer contractMinQuantity) { this.contractMinQuantity = contractMinQuantity; }
    public BigDecimal getContractUnitPrice() { return contractUnitPrice; }
    public void setContractUnitPrice(BigDecimal contractUnitPrice) { this.contractUnitPrice = contractUnitPrice; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
