package org.channelport.deals.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.channelport.partners.domain.PartnerTier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deal program's policy, from configuration (MicroProfile Config; see README "Configuration"). Read once at start;
 * a malformed value stops the application with a message naming the key rather than applying a guess.
 */
@ApplicationScoped
public class DealSettings {
    @Inject
    @ConfigProperty(name = "app.deals.protection-days", defaultValue = "REGISTERED:60,SILVER:90,GOLD:120,PLATINUM:120")
    String protectionDaysText;
    @Inject
    @ConfigProperty(name = "app.deals.currencies",
            defaultValue = "USD:250000,EUR:250000,GBP:200000,CNY:1800000,TWD:8000000,JPY:37000000")
    String currenciesText;
    @Inject
    @ConfigProperty(name = "app.deals.exact-match-on-protected", defaultValue = "REFUSE")
    String exactPolicy;
    @Inject
    @ConfigProperty(name = "app.deals.name-similarity", defaultValue = "0.6")
    double nameSimilarity;
    @Inject
    @ConfigProperty(name = "app.deals.reminder-days-before", defaultValue = "14")
    int reminderDaysBefore;
    @Inject
    @ConfigProperty(name = "app.deals.extension-days", defaultValue = "30")
    int extensionDays;
    @Inject
    @ConfigProperty(name = "app.deals.discount-authority", defaultValue = "*:10")
    String authorityText;
    @Inject
    @ConfigProperty(name = "app.deals.attachment-max-bytes", defaultValue = "5242880")
    int attachmentMaxBytes;

    private final Map<PartnerTier, Integer> protectionDays = new EnumMap<>(PartnerTier.class);
    private final Map<String, BigDecimal> secondApprovalAbove = new HashMap<>();
    private final Map<String, BigDecimal> authority = new HashMap<>();

    @PostConstruct
    void read() {
        pairs("app.deals.protection-days", protectionDaysText).forEach((k, v) -> {
            try {
                protectionDays.put(PartnerTier.valueOf(k.toUpperCase(Locale.ROOT)), v.intValueExact());
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new IllegalStateException("app.deals.protection-days: unknown tier or days in " + k + ":" + v);
            }
        });
        for (var tier : PartnerTier.values()) {
            if (protectionDays.getOrDefault(tier, 0) <= 0) {
                throw new IllegalStateException("app.deals.protection-days needs a positive number of days for " + tier);
            }
        }
        secondApprovalAbove.putAll(pairs("app.deals.currencies", currenciesText));
        authority.putAll(pairs("app.deals.discount-authority", authorityText));
        if (!"REFUSE".equals(exactPolicy) && !"HOLD".equals(exactPolicy)) {
            throw new IllegalStateException("app.deals.exact-match-on-protected must be REFUSE or HOLD");
        }
        if (nameSimilarity <= 0 || nameSimilarity > 1) {
            throw new IllegalStateException("app.deals.name-similarity must be in (0, 1]");
        }
    }

    private static Map<String, BigDecimal> pairs(String key, String text) {
        var map = new HashMap<String, BigDecimal>();
        for (var item : text.split(",")) {
            var parts = item.strip().split(":");
            try {
                map.put(parts[0].strip(), new BigDecimal(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(key + ": expected NAME:NUMBER pairs separated by commas, got " + item);
            }
        }
        return map;
    }

    /** Rule D6: the protection an approval gives, by the partner's tier. */
    public int protectionDays(PartnerTier tier) { return protectionDays.get(tier); }

    public Map<PartnerTier, Integer> protectionDays() { return Map.copyOf(protectionDays); }

    /** The currencies a registration may be stated in (rule D1). */
    public Set<String> currencies() { return Set.copyOf(secondApprovalAbove.keySet()); }

    /** Rule D6: a registration worth more than this (in its currency) needs two approvals. */
    public BigDecimal secondApprovalAbove(String currency) { return secondApprovalAbove.get(currency); }

    /** Rule D5: an exact match on a protected registration is refused (true) or held for review (false). */
    public boolean refusesExactOnProtected() { return "REFUSE".equals(exactPolicy); }

    public double nameSimilarity() { return nameSimilarity; }

    public int reminderDaysBefore() { return reminderDaysBefore; }

    public int extensionDays() { return extensionDays; }

    public int attachmentMaxBytes() { return attachmentMaxBytes; }

    /** Rule D9: the largest discount (percent) this manager may approve; "*" is everyone else's. */
    public BigDecimal discountAuthority(String manager) {
        return authority.getOrDefault(manager, authority.getOrDefault("*", BigDecimal.ZERO));
    }
}
