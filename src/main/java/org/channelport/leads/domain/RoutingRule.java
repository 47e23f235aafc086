package org.channelport.leads.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.Countries;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/**
 * A routing rule a channel manager maintains (rule L4): lead criteria, candidate criteria, a strategy and the SLAs of
 * the leads it routes. Lists are stored as comma-separated text: they are small, read whole, and never queried by item.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {
    public static final int MAX_SLA_HOURS = 24 * 90;

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    private boolean active;
    private String countries;
    private String regions;
    @Column(name = "postal_prefixes")
    private String postalPrefixes;
    @Column(name = "product_lines")
    private String productLines;
    @Column(name = "partner_types")
    private String partnerTypes;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_tier")
    private PartnerTier minTier;
    @Column(name = "min_score")
    private BigDecimal minScore;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoutingStrategy strategy;
    @Column(name = "capacity_cap")
    private Integer capacityCap;
    @Column(name = "accept_sla_hours", nullable = false)
    private int acceptSlaHours;
    @Column(name = "follow_up_sla_hours", nullable = false)
    private int followUpSlaHours;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected RoutingRule() {}

    public static RoutingRule create(RuleDefinition definition, int sortOrder, Instant now) {
        var rule = new RoutingRule();
        rule.id = UUID.randomUUID();
        rule.sortOrder = sortOrder;
        rule.active = true;
        rule.createdAt = now;
        rule.define(definition, now);
        return rule;
    }

    /** Replaces the rule's criteria, strategy and SLAs after checking them. */
    public void define(RuleDefinition d, Instant now) {
        d.check();
        name = d.name().strip();
        countries = join(d.countries().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList());
        regions = join(d.regions().stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList());
        postalPrefixes = join(d.postalPrefixes().stream().map(p -> p.replace(" ", "").toUpperCase(Locale.ROOT)).toList());
        productLines = join(d.productLines().stream().map(Enum::name).sorted().toList());
        partnerTypes = join(d.partnerTypes().stream().map(Enum::name).sorted().toList());
        minTier = d.minTier();
        minScore = d.minScore();
        strategy = d.strategy();
        capacityCap = d.capacityCap();
        acceptSlaHours = d.acceptSlaHours();
        followUpSlaHours = d.followUpSlaHours();
        updatedAt = now;
    }

    public void moveTo(int newOrder, Instant now) {
        if (sortOrder != newOrder) {
            sortOrder = newOrder;
            updatedAt = now;
        }
    }

    public void activate(boolean on, Instant now) {
        active = on;
        updatedAt = now;
    }

    public RoutingRuleSpec spec() {
        return new RoutingRuleSpec(id, name, sortOrder, split(countries), split(regions), List.copyOf(split(postalPrefixes)),
                enums(productLines, ProductLine.class), enums(partnerTypes, PartnerType.class), minTier,
                minScore == null ? null : minScore.doubleValue(), strategy, capacityCap, acceptSlaHours, followUpSlaHours);
    }

    public RuleDefinition definition() {
        var spec = spec();
        return new RuleDefinition(name, spec.countries(), spec.regions(), spec.postalPrefixes(), spec.productLines(),
                spec.partnerTypes(), minTier, minScore, strategy, capacityCap, acceptSlaHours, followUpSlaHours);
    }

    private static String join(Collection<String> values) {
        var kept = values.stream().filter(v -> !v.isBlank()).distinct().toList();
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    private static Set<String> split(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> Set<E> enums(String value, Class<E> type) {
        var set = EnumSet.noneOf(type);
        split(value).forEach(v -> set.add(Enum.valueOf(type, v)));
        return set;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
    public int acceptSlaHours() { return acceptSlaHours; }

    /**
     * What a manager edits. Empty collections mean "any".
     */
    public record RuleDefinition(String name, Set<String> countries, Set<String> regions, Collection<String> postalPrefixes,
                                 Set<ProductLine> productLines, Set<PartnerType> partnerTypes, PartnerTier minTier,
                                 BigDecimal minScore, RoutingStrategy strategy, Integer capacityCap, int acceptSlaHours,
                                 int followUpSlaHours) {
        public RuleDefinition {
            countries = countries == null ? Set.of() : countries;
            regions = regions == null ? Set.of() : regions;
            postalPrefixes = postalPrefixes == null ? List.of() : postalPrefixes;
            productLines = productLines == null ? Set.of() : productLines;
            partnerTypes = partnerTypes == null ? Set.of() : partnerTypes;
        }

        /** Rule L4's input checks, field by field. */
        void check() {
            if (name == null || name.isBlank() || name.strip().length() > 100) {
                throw DomainException.invalid("rule.name.required", "Give the rule a name (at most 100 characters).", "name");
            }
            for (var country : countries) {
                if (!Countries.isKnown(country.strip().toUpperCase(Locale.ROOT))) {
                    throw DomainException.invalid("rule.country.unknown", "Unknown country code: " + country, "countries");
                }
            }
            if (String.join(",", regions).length() > 1000 || String.join(",", postalPrefixes).length() > 1000) {
                throw DomainException.invalid("rule.criteria.tooLong", "Too many regions or postal-code prefixes.",
                        "regions");
            }
            for (var prefix : postalPrefixes) {
                if (!prefix.replace(" ", "").matches("[A-Za-z0-9-]{1,10}")) {
                    throw DomainException.invalid("rule.postalPrefix.invalid",
                            "Postal-code prefixes are letters and digits, at most 10: " + prefix, "postalPrefixes");
                }
            }
            if (strategy == null) {
                throw DomainException.invalid("rule.strategy.required", "Choose a strategy.", "strategy");
            }
            if (minScore != null && (minScore.signum() < 0 || minScore.compareTo(BigDecimal.ONE) > 0)) {
                throw DomainException.invalid("rule.minScore.range", "The minimum score is between 0 and 1.", "minScore");
            }
            if (capacityCap != null && capacityCap < 1) {
                throw DomainException.invalid("rule.capacity.range", "The capacity cap is at least 1 open lead.",
                        "capacityCap");
            }
            if (acceptSlaHours < 1 || acceptSlaHours > MAX_SLA_HOURS) {
                throw DomainException.invalid("rule.sla.range", "SLAs are between 1 hour and 90 days.", "acceptSlaHours");
            }
            if (followUpSlaHours < 1 || followUpSlaHours > MAX_SLA_HOURS) {
                throw DomainException.invalid("rule.sla.range", "SLAs are between 1 hour and 90 days.", "followUpSlaHours");
            }
        }
    }
}
