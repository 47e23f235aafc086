package org.channelport.leads.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.channelport.leads.application.LeadInput;
import org.channelport.leads.application.LeadRouting;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadDetails;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.RoutingRule;
import org.channelport.leads.domain.RoutingRuleRepository;
import org.channelport.leads.domain.RoutingStrategy;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.DatabaseReady;
import org.channelport.shared.ProductLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo routing rules and leads from the JSON file named by {@code app.seed.leads-file} (the demo uses
 * config/demo/leads.json) into a database without rules or leads, after the demo partners, and routes the leads the
 * way any new lead is routed. The data lives outside src/main; this is only the reader.
 */
@ApplicationScoped
public class LeadDemoLoader {
    private static final Logger LOG = Logger.getLogger(LeadDemoLoader.class.getName());

    @Inject
    @ConfigProperty(name = "app.seed.leads-file")
    Optional<String> seedFile;
    @Inject
    RoutingRuleRepository rules;
    @Inject
    LeadRepository leads;
    @Inject
    LeadRouting routing;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** After the partners' loader (default priority), so that leads find their partners. */
    @Transactional
    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) DatabaseReady ready)
            throws IOException {
        if (seedFile.isEmpty() || seedFile.get().isBlank() || !rules.all().isEmpty()
                || leads.count() > 0) {
            return;
        }
        JsonObject root;
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of(seedFile.get())))) {
            root = reader.readObject();
        }
        var now = clock.instant();
        int order = 10;
        for (var value : root.getJsonArray("rules")) {
            var r = value.asJsonObject();
            var rule = RoutingRule.create(new RoutingRule.RuleDefinition(r.getString("name"), strings(r, "countries"),
                    strings(r, "regions"), strings(r, "postalPrefixes"), enums(r, "productLines", ProductLine.class),
                    enums(r, "partnerTypes", PartnerType.class),
                    r.containsKey("minTier") ? PartnerTier.valueOf(r.getString("minTier")) : null,
                    r.containsKey("minScore") ? r.getJsonNumber("minScore").bigDecimalValue() : null,
                    RoutingStrategy.valueOf(r.getString("strategy")),
                    r.containsKey("capacityCap") ? r.getInt("capacityCap") : null, r.getInt("acceptSlaHours"),
                    r.getInt("followUpSlaHours")), order, now);
            order += 10;
            rules.add(rule);
            audit.record(null, "RoutingRule", rule.id(), "seeded", null, "ACTIVE", rule.name());
        }
        var batch = routing.batch(AuditTrail.SYSTEM);
        int count = 0;
        for (var value : root.getJsonArray("leads")) {
            var l = value.asJsonObject();
            var command = LeadInput.normalize(new NewLeadCommand(l.getString("company"), text(l, "contactName"),
                    text(l, "contactEmail"), text(l, "contactPhone"), text(l, "contactTitle"), l.getString("country"),
                    text(l, "region"), text(l, "postalCode"), ProductLine.valueOf(l.getString("productLine")),
                    l.containsKey("estimatedValue") ? l.getJsonNumber("estimatedValue").bigDecimalValue() : null,
                    text(l, "currency"), text(l, "source"), text(l, "notes")));
            var problems = LeadInput.check(command);
            if (!problems.isEmpty()) {
                LOG.warning(() -> "Demo lead " + command.company() + " skipped: " + problems);
                continue;
            }
            var lead = Lead.intake(UUID.randomUUID(), new LeadDetails(command.company(), command.contactName(),
                    command.contactEmail(), command.contactPhone(), command.contactTitle(), command.country(),
                    command.region(), command.postalCode(), command.productLine(), command.estimatedValue(),
                    command.currency(), command.source(), command.notes()), AuditTrail.SYSTEM, now);
            leads.add(lead);
            audit.record(null, "Lead", lead.id(), "seeded", null, lead.status(), "demo data");
            batch.route(lead, true);
            count++;
        }
        batch.notifyPartners();
        int loaded = count;
        LOG.info(() -> "Loaded demo routing rules and " + loaded + " demo leads from " + seedFile.get());
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static Set<String> strings(JsonObject o, String key) {
        var set = new LinkedHashSet<String>();
        if (o.containsKey(key)) {
            for (JsonValue v : o.getJsonArray(key)) {
                set.add(((JsonString) v).getString());
            }
        }
        return set;
    }

    private static <E extends Enum<E>> Set<E> enums(JsonObject o, String key, Class<E> type) {
        var set = EnumSet.noneOf(type);
        strings(o, key).forEach(s -> set.add(Enum.valueOf(type, s)));
        return set;
    }
}
