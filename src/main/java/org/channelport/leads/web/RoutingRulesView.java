package org.channelport.leads.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.channelport.leads.application.RoutingRuleService;
import org.channelport.leads.domain.RoutingRule.RuleDefinition;
import org.channelport.leads.domain.RoutingStrategy;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.web.Messages;
import org.channelport.shared.ProductLine;
import org.primefaces.PrimeFaces;

/** The console's routing rules: the ordered list, editing in a dialog, and a preview of a change (rule L4). */
@Named
@ViewScoped
public class RoutingRulesView implements Serializable {
    @Inject
    RoutingRuleService rules;

    private List<RoutingRuleService.RuleRow> rows;
    private List<RoutingRuleService.PreviewRow> preview;
    private UUID editing;
    private String name;
    private List<String> countries = new ArrayList<>();
    private String regions;
    private String postalPrefixes;
    private List<ProductLine> productLines = new ArrayList<>();
    private List<PartnerType> partnerTypes = new ArrayList<>();
    private PartnerTier minTier;
    private BigDecimal minScore;
    private RoutingStrategy strategy = RoutingStrategy.ROUND_ROBIN;
    private Integer capacityCap;
    private int acceptSlaHours = 48;
    private int followUpSlaHours = 168;

    @PostConstruct
    void load() {
        rows = rules.list();
    }

    public void startNew() {
        editing = null;
        name = null;
        countries = new ArrayList<>();
        regions = null;
        postalPrefixes = null;
        productLines = new ArrayList<>();
        partnerTypes = new ArrayList<>();
        minTier = null;
        minScore = null;
        strategy = RoutingStrategy.ROUND_ROBIN;
        capacityCap = null;
        acceptSlaHours = 48;
        followUpSlaHours = 168;
        preview = null;
    }

    public void edit(RoutingRuleService.RuleRow row) {
        var d = row.definition();
        editing = row.id();
        name = d.name();
        countries = new ArrayList<>(d.countries());
        regions = String.join(", ", d.regions());
        postalPrefixes = String.join(", ", d.postalPrefixes());
        productLines = new ArrayList<>(d.productLines());
        partnerTypes = new ArrayList<>(d.partnerTypes());
        minTier = d.minTier();
        minScore = d.minScore();
        strategy = d.strategy();
        capacityCap = d.capacityCap();
        acceptSlaHours = d.acceptSlaHours();
        followUpSlaHours = d.followUpSlaHours();
        preview = null;
    }

    public void save() {
        var saved = Messages.attempt("ruleForm", () -> {
            if (editing == null) {
                rules.create(definition());
            } else {
                rules.update(editing, definition());
            }
        });
        if (saved) {
            Messages.info("rules.saved", name);
            load();
            PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
        }
    }

    public void runPreview() {
        preview = Messages.attempt("ruleForm", () -> rules.preview(definition(), editing));
    }

    public void move(RoutingRuleService.RuleRow row, int direction) {
        if (Messages.attempt("rulesForm", () -> rules.move(row.id(), direction))) {
            load();
        }
    }

    public void toggle(RoutingRuleService.RuleRow row) {
        if (Messages.attempt("rulesForm", () -> rules.setActive(row.id(), !row.active()))) {
            Messages.info(row.active() ? "rules.deactivated" : "rules.activated", row.name());
            load();
        }
    }

    public void delete(RoutingRuleService.RuleRow row) {
        if (Messages.attempt("rulesForm", () -> rules.delete(row.id()))) {
            Messages.info("rules.deleted", row.name());
            load();
        }
    }

    private RuleDefinition definition() {
        return new RuleDefinition(name, new LinkedHashSet<>(countries), words(regions), words(postalPrefixes),
                productLines.isEmpty() ? EnumSet.noneOf(ProductLine.class) : EnumSet.copyOf(productLines),
                partnerTypes.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(partnerTypes),
                minTier, minScore, strategy, capacityCap, acceptSlaHours, followUpSlaHours);
    }

    private static LinkedHashSet<String> words(String text) {
        var set = new LinkedHashSet<String>();
        if (text != null) {
            Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
        }
        return set;
    }

    public long getChangedInPreview() {
        return preview == null ? 0 : preview.stream().filter(RoutingRuleService.PreviewRow::isChanged).count();
    }

    public List<RoutingRuleService.RuleRow> getRows() { return rows; }
    public List<RoutingRuleService.PreviewRow> getPreview() { return preview; }
    public boolean isEditing() { return editing != null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries == null ? new ArrayList<>() : countries; }
    public String getRegions() { return regions; }
    public void setRegions(String regions) { this.regions = regions; }
    public String getPostalPrefixes() { return postalPrefixes; }
    public void setPostalPrefixes(String postalPrefixes) { this.postalPrefixes = postalPrefixes; }
    public List<ProductLine> getProductLines() { return productLines; }
    public void setProductLines(List<ProductLine> productLines) {
        this.productLines = productLines == null ? new ArrayList<>() : productLines;
    }
    public List<PartnerType> getPartnerTypes() { return partnerTypes; }
    public void setPartnerTypes(List<PartnerType> partnerTypes) {
        this.partnerTypes = partnerTypes == null ? new ArrayList<>() : partnerTypes;
    }
    public PartnerTier getMinTier() { return minTier; }
    public void setMinTier(PartnerTier minTier) { this.minTier = minTier; }
    public BigDecimal getMinScore() { return minScore; }
    public void setMinScore(BigDecimal minScore) { this.minScore = minScore; }
    public RoutingStrategy getStrategy() { return strategy; }
    public void setStrategy(RoutingStrategy strategy) { this.strategy = strategy; }
    public Integer getCapacityCap() { return capacityCap; }
    public void setCapacityCap(Integer capacityCap) { this.capacityCap = capacityCap; }
    public int getAcceptSlaHours() { return acceptSlaHours; }
    public void setAcceptSlaHours(int acceptSlaHours) { this.acceptSlaHours = acceptSlaHours; }
    public int getFollowUpSlaHours() { return followUpSlaHours; }
    public void setFollowUpSlaHours(int followUpSlaHours) { this.followUpSlaHours = followUpSlaHours; }
}
