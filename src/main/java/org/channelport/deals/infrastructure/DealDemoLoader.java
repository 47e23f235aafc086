package org.channelport.deals.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.channelport.deals.application.ConflictCheck;
import org.channelport.deals.application.DealCommand;
import org.channelport.deals.application.DealInput;
import org.channelport.deals.application.DealSettings;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo deal registrations from the JSON file named by {@code app.seed.deals-file} (the demo uses
 * config/demo/deals.json) into a database without registrations, after the demo partners and leads: each is checked
 * (rule D1), submitted through the conflict check (D3) and taken to its demo outcome (approved, a question, a draft), so
 * that the console's review queue shows a held registration beside the one it competes with.
 */
@ApplicationScoped
public class DealDemoLoader {
    private static final Logger LOG = Logger.getLogger(DealDemoLoader.class.getName());
    private static final String DEMO = "demo";

    @Inject
    @ConfigProperty(name = "app.seed.deals-file")
    Optional<String> seedFile;
    @Inject
    DealRegistrationRepository deals;
    @Inject
    DealSettings settings;
    @Inject
    PartnerRoster roster;
    @Inject
    ConflictCheck conflicts;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Transactional
    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 2000) DatabaseReady ready)
            throws IOException {
        if (seedFile.isEmpty() || seedFile.get().isBlank()
                || em.createQuery("select count(d) from DealRegistration d", Long.class).getSingleResult() > 0) {
            return;
        }
        JsonObject root;
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of(seedFile.get())))) {
            root = reader.readObject();
        }
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int count = 0;
        for (var value : root.getJsonArray("deals")) {
            var d = value.asJsonObject();
            var partner = UUID.fromString(d.getString("partnerId"));
            var lines = new ArrayList<DealCommand.Line>();
            for (var line : d.getJsonArray("lines")) {
                var l = line.asJsonObject();
                lines.add(new DealCommand.Line(l.getString("productLine"), text(l, "products"),
                        l.getJsonNumber("amount").bigDecimalValue()));
            }
            var command = DealInput.normalize(new DealCommand(d.getString("company"), text(d, "webDomain"),
                    d.getString("country"), text(d, "region"), text(d, "taxId"), text(d, "contactName"),
                    text(d, "contactEmail"), text(d, "contactPhone"), lines, d.getString("currency"),
                    today.plusDays(d.getInt("closeInDays")), d.getString("stage"), text(d, "competitor"),
                    text(d, "notes")));
            var problems = DealInput.check(command, today, settings.currencies());
            var member = roster.find(partner);
            if (!problems.isEmpty() || member.isEmpty()) {
                LOG.warning(() -> "Demo registration " + command.company() + " skipped: " + problems);
                continue;
            }
            var deal = DealRegistration.draft(UUID.randomUUID(), deals.nextNumber(), partner, null,
                    DealInput.details(command), DEMO, now);
            deals.add(deal);
            audit.recordAs(DEMO, partner, "DealRegistration", deal.id(), "drafted", null, DealStatus.DRAFT, "demo data");
            var outcome = d.getString("outcome");
            if (!"DRAFT".equals(outcome)) {
                var verdict = conflicts.forSubmission(deal, now);
                deal.submit(partner, verdict.level(), now);
                audit.recordAs(DEMO, partner, "DealRegistration", deal.id(), "submitted", DealStatus.DRAFT,
                        deal.status(), verdict.conflicts().isEmpty() ? null : AuditDetail.of("history.detail.possibleConflict"));
                if ("APPROVED".equals(outcome)) {
                    deal.approve("manager", false, settings.protectionDays(member.get().tier()), today, now);
                    audit.recordAs("manager", partner, "DealRegistration", deal.id(), "approved", DealStatus.SUBMITTED,
                            deal.status(), AuditDetail.of("history.detail.protectedUntil", AuditDetail.text(deal.protectedUntil())));
                } else if ("INFO_REQUESTED".equals(outcome)) {
                    deal.requestInformation("manager", d.getString("question"), now);
                    audit.recordAs("manager", partner, "DealRegistration", deal.id(), "informationRequested",
                            DealStatus.SUBMITTED, deal.status(), d.getString("question"));
                }
            }
            em.flush();
            count++;
        }
        int loaded = count;
        LOG.info(() -> "Loaded " + loaded + " demo deal registrations from " + seedFile.get());
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }
}
