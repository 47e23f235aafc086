package org.channelport.deals.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.application.DealSummary;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.shared.ProductLine;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/**
 * The console's pipeline (rule D11): the review queue or every registration, filtered by partner, stage, status,
 * country, region, product line, value range, close month and text, with count and value per currency, exports, and
 * the number of pricing requests waiting (D9).
 */
@Named
@ViewScoped
public class DealPipelineView implements Serializable {
    @Inject
    DealQueries queries;
    @Inject
    PartnerRoster roster;

    /** This list's filters in {@link ListMemory}. */
    static final String LIST = "manage.deals";
    @Inject
    ListMemory memory;
    private boolean reviewQueue = true;
    private UUID partnerId;
    private DealStage stage;
    private DealStatus status;
    private String country;
    private String region;
    private ProductLine productLine;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private LocalDate closeMonth;
    private String text;
    private List<DealRows.Total> totals;
    private long openPricing;
    private List<PartnerRoster.Member> partners;
    private LazyDataModel<DealSummary> deals;

    @PostConstruct
    void init() {
        deals = new PagedTable<>(this::filter, DealQueries.MAX_PAGE_SIZE, queries::count, queries::page,
                queries::export, DealSummary::getId);
        partners = roster.all().stream().sorted(Comparator.comparing(PartnerRoster.Member::name)).toList();
        memory.recall(LIST, DealFilter.class, "status", "scope", "all").ifPresent(f -> {
            reviewQueue = f.reviewQueue();
            partnerId = f.partnerId();
            stage = f.stage();
            status = f.status();
            country = f.country();
            region = f.region();
            productLine = f.productLine();
            minValue = f.minValue();
            maxValue = f.maxValue();
            closeMonth = f.closeMonth() == null ? null : f.closeMonth().atDay(1);
            text = f.text();
        });
        // the page's view action refreshes the totals once the link's filters are set (see manage/deals/index.xhtml)
    }

    DealFilter filter() {
        return new DealFilter(partnerId, stage, status, country, region, productLine, minValue, maxValue,
                closeMonth == null ? null : YearMonth.from(closeMonth), null, text, reviewQueue);
    }

    /** After a filter changed: the totals follow the list, and the filters are remembered for the way back. */
    public void refresh() {
        memory.remember(LIST, filter());
        totals = queries.totals(filter());
        openPricing = queries.openPricingCount();
    }

    public void clear() {
        partnerId = null;
        stage = null;
        status = null;
        country = null;
        region = null;
        productLine = null;
        minValue = null;
        maxValue = null;
        closeMonth = null;
        text = null;
        refresh();
    }

    public long getTotalCount() { return getTotals().stream().mapToLong(DealRows.Total::count).sum(); }

    public List<DealRows.Total> getTotals() {
        if (totals == null) {
            refresh();
        }
        return totals;
    }

    public long getOpenPricing() {
        getTotals();
        return openPricing;
    }
    public List<PartnerRoster.Member> getPartners() { return partners; }
    public LazyDataModel<DealSummary> getDeals() { return deals; }
    public String getScope() { return reviewQueue ? "queue" : "all"; }
    public void setScope(String scope) { this.reviewQueue = !"all".equals(scope); }
    public UUID getPartnerId() { return partnerId; }
    public void setPartnerId(UUID partnerId) { this.partnerId = partnerId; }
    public DealStage getStage() { return stage; }
    public void setStage(DealStage stage) { this.stage = stage; }
    public DealStatus getStatus() { return status; }
    public void setStatus(DealStatus status) { this.status = status; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public ProductLine getProductLine() { return productLine; }
    public void setProductLine(ProductLine productLine) { this.productLine = productLine; }
    public BigDecimal getMinValue() { return minValue; }
    public void setMinValue(BigDecimal minValue) { this.minValue = minValue; }
    public BigDecimal getMaxValue() { return maxValue; }
    public void setMaxValue(BigDecimal maxValue) { this.maxValue = maxValue; }
    public LocalDate getCloseMonth() { return closeMonth; }
    public void setCloseMonth(LocalDate closeMonth) { this.closeMonth = closeMonth; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
