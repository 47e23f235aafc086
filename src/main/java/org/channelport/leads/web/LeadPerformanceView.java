package org.channelport.leads.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.List;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.PartnerLeadStats;
import org.channelport.platform.web.Messages;

/**
 * Per partner: leads received, acceptance rate, median time to accept, SLA breaches and conversion rate over a
 * window, as a table and as a chart of the partners with the most leads (rule L5).
 */
@Named
@ViewScoped
public class LeadPerformanceView implements Serializable {
    static final int CHART_PARTNERS = 15;

    @Inject
    LeadQueries queries;

    private int days = 90;
    private List<PartnerLeadStats> stats;
    private String chart;

    @PostConstruct
    public void load() {
        stats = queries.partnerStats(days);
        chart = chart(stats.stream().limit(CHART_PARTNERS).toList());
    }

    private static String chart(List<PartnerLeadStats> rows) {
        var labels = Json.createArrayBuilder();
        var acceptance = Json.createArrayBuilder();
        var conversion = Json.createArrayBuilder();
        for (var row : rows) {
            labels.add(row.getPartnerName());
            acceptance.add(row.getAcceptanceRate() == null ? 0 : Math.round(row.getAcceptanceRate() * 100));
            conversion.add(row.getConversionRate() == null ? 0 : Math.round(row.getConversionRate() * 100));
        }
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Messages.label("leadStats.acceptanceRate")).add("data", acceptance)
                        .add("backgroundColor", "#1f6feb"))
                .add(Json.createObjectBuilder().add("label", Messages.label("leadStats.conversionRate")).add("data", conversion)
                        .add("backgroundColor", "#2da44e"));
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("indexAxis", "y")
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("max", 100).add("title", Json.createObjectBuilder().add("display", true).add("text", "%"))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    public int getDays() { return days; }
    public void setDays(int days) { this.days = days == 30 || days == 90 || days == 180 || days == 365 ? days : 90; }
    public List<PartnerLeadStats> getStats() { return stats; }
    public String getChart() { return chart; }
    public boolean isNoStats() { return stats.isEmpty(); }
}
