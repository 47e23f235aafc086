package org.channelport.deals.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealSummary;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/**
 * The partner's registrations (rule D4: its own only): counts by status, value by stage per currency (D11: currencies
 * are never added up), filters, the lazy list and its exports.
 */
@Named
@ViewScoped
public class PartnerDealsView implements Serializable {
    /** This list's filters in {@link ListMemory}. */
    static final String LIST = "portal.deals";
    private static final String[] COLOURS = {"#1f6feb", "#2da44e", "#bf8700", "#8250df", "#cf222e", "#0a7e8c"};

    @Inject
    DealQueries queries;
    @Inject
    ListMemory memory;

    private DealStage stage;
    private DealStatus status;
    private String text;
    private Map<DealStatus, Long> counts;
    private String chart;
    private LazyDataModel<DealSummary> deals;

    @PostConstruct
    void init() {
        deals = new PagedTable<>(this::filter, DealQueries.MAX_PAGE_SIZE, queries::count, queries::page,
                queries::export, DealSummary::getId);
        counts = queries.countsByStatus();
        chart = chart();
        memory.recall(LIST, DealFilter.class, "status", "all").ifPresent(f -> {
            stage = f.stage();
            status = f.status();
            text = f.text();
        });
    }

    private DealFilter filter() {
        return new DealFilter(null, stage, status, null, null, null, null, null, null, null, text, false);
    }

    /** A bar per stage, a data set per currency (values in different currencies are never added). */
    private String chart() {
        var byCurrency = new TreeMap<String, BigDecimal[]>();
        var stages = DealStage.values();
        queries.totalsByStage().forEach((stage, totals) -> totals.forEach(total -> byCurrency
                .computeIfAbsent(total.currency(), c -> new BigDecimal[stages.length])[stage.ordinal()] = total.value()));
        if (byCurrency.isEmpty()) {
            return null;
        }
        var labels = Json.createArrayBuilder();
        for (var s : stages) {
            labels.add(Messages.label("deals.stage." + s.name()));
        }
        var datasets = Json.createArrayBuilder();
        int colour = 0;
        for (var entry : byCurrency.entrySet()) {
            var data = Json.createArrayBuilder();
            for (var value : entry.getValue()) {
                data.add(value == null ? BigDecimal.ZERO : value);
            }
            datasets.add(Json.createObjectBuilder().add("label", entry.getKey()).add("data", data)
                    .add("backgroundColor", COLOURS[colour++ % COLOURS.length]));
        }
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    public long count(String key) {
        return switch (key) {
            case "review" -> DealStatus.IN_REVIEW.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
            case "all" -> counts.values().stream().mapToLong(Long::longValue).sum();
            default -> counts.getOrDefault(DealStatus.valueOf(key), 0L);
        };
    }

    public boolean isNone() { return count("all") == 0; }
    public LazyDataModel<DealSummary> getDeals() { return deals; }
    public String getChart() { return chart; }
    public DealStage getStage() { return stage; }
    public void setStage(DealStage stage) { this.stage = stage; memory.remember(LIST, filter()); }
    public DealStatus getStatus() { return status; }
    public void setStatus(DealStatus status) { this.status = status; memory.remember(LIST, filter()); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; memory.remember(LIST, filter()); }
}
