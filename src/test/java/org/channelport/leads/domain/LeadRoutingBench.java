package org.channelport.leads.domain;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

/**
 * Throughput of routing a batch with its explanations, at the size the router is built for (5,000 partners, 50 rules,
 * 100,000 leads; target well over 50,000 leads per second on one core). A main method rather than a timed test, because
 * timings on a shared build machine are noise. Each round routes the whole batch on a fresh router, so caps fill up the same
 * way every round.
 */
public final class LeadRoutingBench {
    private static final String[] COUNTRIES = {"DE", "FR", "GB", "IT", "ES", "NL", "BE", "AT", "CH", "PL", "SE", "NO", "DK",
            "FI", "IE", "PT", "CZ", "HU", "RO", "GR", "US", "CA", "MX", "BR", "JP", "KR", "TW", "SG", "AU", "IN"};
    private static final String[] REGIONS = {"north", "south", "east", "west", "central"};
    private static final ProductLine[] LINES = ProductLine.values();
    private static final PartnerTier[] TIERS = PartnerTier.values();
    private static final PartnerType[] TYPES = PartnerType.values();
    private static final RoutingStrategy[] STRATEGIES = RoutingStrategy.values();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static final int PARTNERS = 5_000;
    private static final int RULES = 50;
    private static final int LEADS = 100_000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 5;

    public static void main(String[] args) {
        var random = new Random(20261122L);
        var partners = partners(random);
        var rules = rules(random);
        var leads = leads(random, partners);

        for (int i = 0; i < WARM_UP_ROUNDS; i++) round(rules, partners, leads);

        var perSecond = new double[ROUNDS];
        var perCpuSecond = new double[ROUNDS];
        Round last = null;
        for (int i = 0; i < ROUNDS; i++) {
            last = round(rules, partners, leads);
            perSecond[i] = LEADS / (last.nanos / 1e9);
            perCpuSecond[i] = LEADS / (last.cpuNanos / 1e9);
            System.out.printf("round %d: %,.0f leads/s (%d ms wall; %,.0f leads per CPU second)%n", i + 1, perSecond[i],
                    last.nanos / 1_000_000, perCpuSecond[i]);
        }
        Arrays.sort(perSecond);
        Arrays.sort(perCpuSecond);
        System.out.printf("best %,.0f leads/s, median %,.0f leads/s (per CPU second: best %,.0f, median %,.0f)%n",
                perSecond[ROUNDS - 1], perSecond[ROUNDS / 2], perCpuSecond[ROUNDS - 1], perCpuSecond[ROUNDS / 2]);
        System.out.printf("routed %,d, unroutable %,d, average explanation %,d bytes (JSON characters)%n",
                last.routed, LEADS - last.routed, last.jsonChars / LEADS);
    }

    /** cpuNanos as well as wall time: on a shared build machine the wall clock also measures the neighbours */
    private record Round(long nanos, long cpuNanos, int routed, long jsonChars) {}

    private static Round round(List<RoutingRuleSpec> rules, List<PartnerCandidate> partners, List<LeadFacts> leads) {
        var router = new LeadRouter(rules, partners);
        int routed = 0;
        long jsonChars = 0;
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < leads.size(); i++) {
            var decision = router.route(leads.get(i), NOW.plusMillis(i));
            if (decision.routed()) routed++;
            jsonChars += RoutingExplanations.toJson(decision).length();
        }
        long nanos = System.nanoTime() - start;
        return new Round(nanos, threads.getCurrentThreadCpuTime() - cpuStart, routed, jsonChars);
    }

    private static List<PartnerCandidate> partners(Random random) {
        var partners = new ArrayList<PartnerCandidate>(PARTNERS);
        for (int i = 0; i < PARTNERS; i++) {
            // skewed towards the first countries, as real partner networks are
            var country = COUNTRIES[Math.min(COUNTRIES.length - 1, (int) (Math.abs(random.nextGaussian()) * 12))];
            var lines = EnumSet.noneOf(ProductLine.class);
            int lineCount = 1 + random.nextInt(3);
            while (lines.size() < lineCount) lines.add(LINES[random.nextInt(LINES.length)]);
            var tier = TIERS[pick(random, 40, 30, 20, 10)];
            var lastOffered = random.nextInt(5) == 0 ? null : NOW.minus(Duration.ofMinutes(random.nextInt(100_000)));
            partners.add(new PartnerCandidate(uuid(random), "Partner " + i + " " + country, TYPES[random.nextInt(3)], tier,
                    random.nextInt(20) != 0, country, lines, Math.round(random.nextDouble() * 100) / 100.0,
                    random.nextInt(8), lastOffered));
        }
        return partners;
    }

    private static List<RoutingRuleSpec> rules(Random random) {
        var rules = new ArrayList<RoutingRuleSpec>(RULES);
        for (int i = 0; i < RULES - 1; i++) {
            Set<String> countries = new HashSet<>();
            int countryCount = i < 20 ? 1 : 1 + random.nextInt(4);
            while (countries.size() < countryCount) {
                countries.add(COUNTRIES[Math.min(COUNTRIES.length - 1, (int) (Math.abs(random.nextGaussian()) * 12))]);
            }
            Set<String> regions = i < 15 && random.nextBoolean() ? Set.of(REGIONS[random.nextInt(REGIONS.length)]) : Set.of();
            List<String> prefixes = i >= 10 && i < 20 ? List.of(String.valueOf(1 + random.nextInt(9)),
                    String.valueOf(10 + random.nextInt(90))) : List.of();
            Set<ProductLine> lines = random.nextInt(3) == 0 ? Set.of()
                    : EnumSet.of(LINES[random.nextInt(LINES.length)], LINES[random.nextInt(LINES.length)]);
            Set<PartnerType> types = random.nextInt(4) == 0 ? EnumSet.of(TYPES[random.nextInt(3)]) : Set.of();
            PartnerTier minTier = random.nextInt(3) == 0 ? TIERS[1 + random.nextInt(3)] : null;
            Double minScore = random.nextInt(3) == 0 ? Math.round(random.nextDouble() * 60) / 100.0 : null;
            Integer cap = random.nextInt(3) == 0 ? 10 + random.nextInt(30) : null;
            rules.add(new RoutingRuleSpec(uuid(random), "Rule " + (i + 1), (i + 1) * 10, countries, regions, prefixes, lines,
                    types, minTier, minScore, STRATEGIES[random.nextInt(STRATEGIES.length)], cap, 24, 72));
        }
        rules.add(new RoutingRuleSpec(uuid(random), "Everything else", 10_000, Set.of(), Set.of(), List.of(), Set.of(),
                Set.of(), null, null, RoutingStrategy.ROUND_ROBIN, null, 48, 120));
        return rules;
    }

    private static List<LeadFacts> leads(Random random, List<PartnerCandidate> partners) {
        var leads = new ArrayList<LeadFacts>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            // a few leads from countries without partners, to exercise the unroutable path
            var country = random.nextInt(100) == 0 ? "ZA"
                    : COUNTRIES[Math.min(COUNTRIES.length - 1, (int) (Math.abs(random.nextGaussian()) * 12))];
            var postalCode = random.nextInt(10) == 0 ? null
                    : String.format("%02d %03d", random.nextInt(100), random.nextInt(1000));
            Set<UUID> declined = random.nextInt(10) == 0 ? Set.of(partners.get(random.nextInt(PARTNERS)).id()) : Set.of();
            Set<UUID> recalled = random.nextInt(20) == 0 ? Set.of(partners.get(random.nextInt(PARTNERS)).id()) : Set.of();
            leads.add(new LeadFacts(uuid(random), random.nextBoolean() ? country : country.toLowerCase(),
                    REGIONS[random.nextInt(REGIONS.length)], postalCode, LINES[random.nextInt(LINES.length)], declined,
                    recalled));
        }
        return leads;
    }

    private static int pick(Random random, int... weights) {
        int draw = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) return i;
        }
        return weights.length - 1;
    }

    private static UUID uuid(Random random) {
        // a version-4 UUID from the seeded generator, so every run builds the same data
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
