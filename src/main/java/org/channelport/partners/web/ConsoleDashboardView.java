package org.channelport.partners.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.Map;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.web.Messages;

/** The console's first page: what needs attention, and the partner base by tier and type as charts. */
@Named
@ViewScoped
public class ConsoleDashboardView implements Serializable {
    @Inject
    PartnerDirectory directory;

    private Map<String, Long> counts;
    private String tierChart;
    private String typeChart;

    @PostConstruct
    void load() {
        counts = directory.counts();
        tierChart = chart("bar", "tier.", PartnerTier.values(), "#1f6feb");
        typeChart = chart("doughnut", "type.", PartnerType.values(), null);
    }

    private String chart(String type, String prefix, Enum<?>[] keys, String colour) {
        var labels = Json.createArrayBuilder();
        var data = Json.createArrayBuilder();
        var colours = Json.createArrayBuilder();
        String[] palette = {"#1f6feb", "#2da44e", "#bf8700", "#8250df"};
        for (int i = 0; i < keys.length; i++) {
            labels.add(Messages.text("enum." + keys[i].name()) == null ? keys[i].name() : Messages.text("enum." + keys[i].name()));
            data.add(counts.getOrDefault(prefix + keys[i].name(), 0L));
            colours.add(colour != null ? colour : palette[i % palette.length]);
        }
        var dataset = Json.createObjectBuilder().add("data", data).add("backgroundColor", colours)
                .add("label", Messages.text("dashboard.partners"));
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend",
                        Json.createObjectBuilder().add("display", !"bar".equals(type))));
        if ("bar".equals(type)) {
            options.add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                    .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
    }

    public long getPending() { return counts.getOrDefault("applications.pending", 0L); }
    public long getActive() { return counts.getOrDefault("status." + PartnerStatus.ACTIVE, 0L); }
    public long getSuspended() { return counts.getOrDefault("status." + PartnerStatus.SUSPENDED, 0L); }
    public boolean isNoPartners() { return getActive() + getSuspended() == 0; }
    public String getTierChart() { return tierChart; }
    public String getTypeChart() { return typeChart; }
}
