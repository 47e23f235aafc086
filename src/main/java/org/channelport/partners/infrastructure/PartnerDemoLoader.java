package org.channelport.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerAddress;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.PartnerUserRepository;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.DatabaseReady;
import org.channelport.shared.ProductLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads partners from a JSON file named by {@code app.seed.file} (the demo uses config/demo/partners.json, whose ids
 * match the Keycloak realm's groups) into an empty database. The data lives outside src/main; this is only the reader.
 */
@ApplicationScoped
public class PartnerDemoLoader {
    private static final Logger LOG = Logger.getLogger(PartnerDemoLoader.class.getName());

    @Inject
    @ConfigProperty(name = "app.seed.file")
    Optional<String> seedFile;
    @Inject
    PartnerRepository partners;
    @Inject
    PartnerUserRepository users;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Transactional
    void onDatabaseReady(@Observes DatabaseReady ready) throws IOException {
        if (seedFile.isEmpty() || seedFile.get().isBlank() || partners.count() > 0) {
            return;
        }
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of(seedFile.get())))) {
            var root = reader.readObject();
            var all = root.getJsonArray("partners");
            for (var value : all) {
                load(value.asJsonObject());
            }
            partners.flush();
            for (var value : all) {
                var json = value.asJsonObject();
                if (json.containsKey("parentId") && !json.isNull("parentId")) {
                    var child = partners.find(UUID.fromString(json.getString("id"))).orElseThrow();
                    child.linkToParent(partners.find(UUID.fromString(json.getString("parentId"))).orElseThrow(), clock);
                }
            }
            LOG.info(() -> "Loaded " + all.size() + " demo partners from " + seedFile.get());
        }
    }

    private void load(JsonObject json) {
        var lines = EnumSet.noneOf(ProductLine.class);
        json.getJsonArray("productLines").getValuesAs(JsonString.class)
                .forEach(s -> lines.add(ProductLine.valueOf(s.getString())));
        var profile = new CompanyProfile(json.getString("name"), PartnerType.valueOf(json.getString("type")),
                json.getString("country"), json.getString("region", null), lines, json.getString("taxId"),
                json.getString("website", null), json.getString("contactName"), json.getString("contactEmail"),
                json.getString("contactPhone", null));
        var id = UUID.fromString(json.getString("id"));
        var partner = Partner.create(id, profile, PartnerTier.valueOf(json.getString("tier")), clock);
        partners.add(partner);
        audit.record(id, "Partner", id, "seeded", null, partner.status(), "demo data");
        for (var value : json.getJsonArray("users")) {
            var u = value.asJsonObject();
            var user = PartnerUser.invite(id, u.getString("username"), u.getString("email"), u.getString("firstName"),
                    u.getString("lastName"), PartnerRole.valueOf(u.getString("role")), clock);
            users.add(user);
            audit.record(id, "PartnerUser", user.id(), "seeded", null, user.status(), user.username());
        }
        // ship-to and bill-to addresses with GLNs (rule PA11), as EDI documents will name them; the partner's row first
        partners.flush();
        for (var value : json.getJsonArray("addresses") == null ? List.<jakarta.json.JsonValue>of()
                : json.getJsonArray("addresses")) {
            var a = value.asJsonObject();
            var request = new PartnerAddress.Request(a.getString("kind"), a.getString("label"), a.getString("recipient"),
                    a.getString("street"), null, a.getString("postalCode", null), a.getString("city"),
                    a.getString("region", null), a.getString("country"), a.getString("gln", null),
                    a.getBoolean("default", false));
            var problems = PartnerAddress.check(request);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo address " + a.getString("label") + ": " + problems);
            }
            var address = PartnerAddress.create(id, request, clock.instant());
            em.persist(address);
            audit.record(id, "PartnerAddress", address.id(), "addressAdded", null, null, address.label());
        }
    }
}
