package org.channelport.orders.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.Gtin;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo catalog from the JSON file named by {@code app.seed.catalog-file} (the demo uses
 * config/demo/catalog.json) into a database without products, after the partners: product families become products
 * (through the domain's checks, rules O1–O3), price lists per tier and currency, and contract prices for a partner,
 * so that the portal's catalog shows visibility and prices at work.
 */
@ApplicationScoped
public class OrdersDemoLoader {
    private static final Logger LOG = Logger.getLogger(OrdersDemoLoader.class.getName());

    @Inject
    @ConfigProperty(name = "app.seed.catalog-file")
    Optional<String> seedFile;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @PersistenceContext
    EntityManager em;

    @Transactional
    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 3000) DatabaseReady ready)
            throws IOException {
        if (seedFile.isEmpty() || seedFile.get().isBlank()
                || em.createQuery("select count(p) from Product p", Long.class).getSingleResult() > 0) {
            return;
        }
        JsonObject root;
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of(seedFile.get())))) {
            root = reader.readObject();
        }
        var now = clock.instant();
        var firstDay = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfYear(1);
        int variants = root.getInt("variants");
        var products = new ArrayList<Product>();
        var basePrices = new ArrayList<BigDecimal>();
        int serial = 0;
        for (var value : root.getJsonArray("families")) {
            var f = value.asJsonObject();
            var types = EnumSet.noneOf(PartnerType.class);
            if (f.containsKey("partnerTypes")) {
                f.getJsonArray("partnerTypes").forEach(t -> types.add(PartnerType.valueOf(((jakarta.json.JsonString) t).getString())));
            }
            var lowest = f.containsKey("lowestTier") ? PartnerTier.valueOf(f.getString("lowestTier")) : null;
            for (int i = 0; i < variants; i++) {
                var size = 100 + i * 10;
                var sku = f.getString("prefix") + "-" + size;
                var body = "400638" + String.format("%06d", ++serial);
                var gtin = body + Gtin.checkDigit(body);
                var discontinued = i == 0;
                var definition = new ProductDefinition(sku, gtin,
                        Map.of("en", f.getString("en") + " " + size, "zh-TW", f.getString("zhTW") + " " + size,
                                "zh-CN", f.getString("zhCN") + " " + size),
                        Map.of("en", f.getString("en") + ", model " + size + "."), f.getString("line"), f.getString("unit"),
                        f.getInt("multiple"), f.getInt("minimum"), discontinued ? "DISCONTINUED" : "ACTIVE",
                        discontinued ? f.getString("prefix") + "-" + (size + 10) : null, types, lowest, Set.of(), Set.of());
                var product = Product.define(UUID.randomUUID(), definition, now);
                em.persist(product);
                audit.recordAs("demo", null, "Product", product.id(), "defined", null, product.status(), sku);
                products.add(product);
                basePrices.add(f.getJsonNumber("price").bigDecimalValue()
                        .multiply(BigDecimal.valueOf(100 + i * 3L)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            }
        }
        int lists = 0;
        for (var tier : root.getJsonObject("tiers").entrySet()) {
            for (var currency : root.getJsonObject("currencies").entrySet()) {
                var factor = ((jakarta.json.JsonNumber) tier.getValue()).bigDecimalValue()
                        .multiply(((jakarta.json.JsonNumber) currency.getValue()).bigDecimalValue());
                var prices = new ArrayList<PriceBreak>();
                for (int i = 0; i < products.size(); i++) {
                    var price = basePrices.get(i).multiply(factor).setScale(2, RoundingMode.HALF_UP);
                    var product = products.get(i);
                    prices.add(new PriceBreak(product.sku(), product.minimumQuantity(), price));
                    // a quantity break: 5 % less from ten times the minimum
                    prices.add(new PriceBreak(product.sku(), product.minimumQuantity() * 10,
                            price.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP)));
                }
                var code = tier.getKey() + "-" + currency.getKey() + "-" + firstDay.getYear();
                var list = new PriceList(UUID.randomUUID(), code, tier.getKey().charAt(0)
                        + tier.getKey().substring(1).toLowerCase() + " " + currency.getKey() + " " + firstDay.getYear(),
                        currency.getKey(), PartnerTier.valueOf(tier.getKey()), firstDay, null, prices, now);
                em.persist(list);
                audit.recordAs("demo", null, "PriceList", list.id(), "defined", null, null, code);
                lists++;
            }
        }
        int contracts = 0;
        for (var value : root.getJsonArray("contracts")) {
            var c = value.asJsonObject();
            var partner = UUID.fromString(c.getString("partnerId"));
            var keep = BigDecimal.ONE.subtract(c.getJsonNumber("discount").bigDecimalValue());
            var rate = root.getJsonObject("currencies").getJsonNumber(c.getString("currency")).bigDecimalValue();
            for (int i = 0; i < products.size(); i += c.getInt("every")) {
                var product = products.get(i);
                var contract = new ContractPrice(UUID.randomUUID(), partner, product.sku(), c.getString("currency"),
                        product.minimumQuantity(), basePrices.get(i).multiply(rate).multiply(keep)
                        .setScale(2, RoundingMode.HALF_UP), firstDay, null, now);
                em.persist(contract);
                audit.recordAs("demo", partner, "ContractPrice", contract.id(), "defined", null, null, product.sku());
                contracts++;
            }
        }
        var summary = "Demo catalog loaded: " + products.size() + " products, " + lists + " price lists, " + contracts
                + " contract prices";
        LOG.info(summary);
    }

}
