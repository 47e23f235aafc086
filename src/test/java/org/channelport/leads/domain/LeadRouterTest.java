package org.channelport.leads.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.channelport.leads.domain.RoutingDecision.CandidateTrace;
import org.channelport.leads.domain.RoutingDecision.RuleOutcome;
import org.channelport.leads.domain.RoutingDecision.RuleTrace;
import org.channelport.leads.domain.RoutingDecision.Verdict;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules L4 (strategies), L6 (explanation), L7 (never back to a decliner) and L8 (capacity) on the router alone. */
class LeadRouterTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private int nextPartner = 1;
    private final Random leadIds = new Random(11);

    /** Ids in creation order, so that tie-breaks by partner id are predictable. */
    private PartnerBuilder partner(String name) {
        return new PartnerBuilder(new UUID(0, nextPartner++), name);
    }

    private static RuleBuilder rule(String name, int position) {
        return new RuleBuilder(name, position);
    }

    private LeadBuilder lead() {
        return new LeadBuilder(new UUID(leadIds.nextLong(), leadIds.nextLong()));
    }

    private static LeadRouter router(List<RoutingRuleSpec> rules, PartnerBuilder... partners) {
        return new LeadRouter(rules, java.util.Arrays.stream(partners).map(PartnerBuilder::build).toList());
    }

    private static CandidateTrace traceOf(RoutingDecision decision, PartnerBuilder partner) {
        return decision.candidates().stream().filter(c -> c.partnerId().equals(partner.id)).findFirst().orElseThrow(
                () -> new AssertionError(partner.name + " not listed in " + decision.candidates()));
    }

    // lead criteria, routed to one partner in Germany and one in France

    private final PartnerBuilder munich = partner("Munich Networks").country("DE");
    private final PartnerBuilder paris = partner("Paris Réseaux").country("FR");

    private RoutingDecision route(RuleBuilder rule, LeadBuilder lead) {
        return router(List.of(rule.build()), munich, paris).route(lead.build(), NOW);
    }

    @Test
    void countryIsComparedUpperCaseAndOtherCountriesDoNotMatch() {
        var rule = rule("DACH", 10).countries("DE", "AT");
        assertThat(route(rule, lead().country("de")).partnerId()).isEqualTo(munich.id);

        var decision = route(rule, lead().country("FR"));
        assertThat(decision.rules()).extracting(RuleTrace::outcome, RuleTrace::detail)
                .containsExactly(tuple(RuleOutcome.NOT_MATCHING, "country"));
        assertThat(decision.unroutableReason()).isEqualTo("NO_RULE_MATCHES");
    }

    @Test
    void regionIsComparedLowerCaseAndTrimmed() {
        var rule = rule("Bavaria", 10).regions("bavaria");
        assertThat(route(rule, lead().country("DE").region("  Bavaria ")).routed()).isTrue();
        assertThat(route(rule, lead().country("DE").region("Hesse")).rules().get(0).detail()).isEqualTo("region");
        assertThat(route(rule, lead().country("DE").region(null)).rules().get(0).detail()).isEqualTo("region");
    }

    @Test
    void postalCodeMatchesAPrefixWithoutSpacesAndAMissingPostalCodeNeverMatches() {
        var rule = rule("Munich area", 10).postalPrefixes("80", "8 1", "sw1");
        assertThat(route(rule, lead().country("DE").postalCode("80 331")).routed()).isTrue();
        assertThat(route(rule, lead().country("DE").postalCode("81675")).routed()).isTrue();
        assertThat(route(rule, lead().country("DE").postalCode("SW1A 1AA")).routed()).isTrue();

        assertThat(route(rule, lead().country("DE").postalCode("90402")).rules().get(0).detail()).isEqualTo("postalCode");
        assertThat(route(rule, lead().country("DE").postalCode("18000")).rules().get(0).detail())
                .as("a prefix matches the start only").isEqualTo("postalCode");
        assertThat(route(rule, lead().country("DE").postalCode(null)).rules().get(0).detail()).isEqualTo("postalCode");
    }

    @Test
    void productLineMustBeOneOfTheRules() {
        var rule = rule("Storage only", 10).productLines(ProductLine.STORAGE);
        assertThat(route(rule, lead().country("DE").productLine(ProductLine.NETWORKING)).rules().get(0).detail())
                .isEqualTo("productLine");
        assertThat(route(rule, lead().country("DE").productLine(ProductLine.STORAGE)).routed()).isTrue();
    }

    @Test
    void theExplanationNamesTheFirstCriterionThatFails() {
        var rule = rule("Strict", 10).countries("DE").regions("bavaria").postalPrefixes("80")
                .productLines(ProductLine.STORAGE);
        var lead = lead().country("FR").region("hesse").postalCode("90402").productLine(ProductLine.CLOUD);
        assertThat(route(rule, lead).rules().get(0).detail()).isEqualTo("country");
        assertThat(route(rule, lead.country("DE")).rules().get(0).detail()).isEqualTo("region");
        assertThat(route(rule, lead.region("Bavaria")).rules().get(0).detail()).isEqualTo("postalCode");
        assertThat(route(rule, lead.postalCode("80 999")).rules().get(0).detail()).isEqualTo("productLine");
    }

    @Test
    void emptyCriteriaMatchAnyLead() {
        var decision = route(rule("Anything", 10), lead().country("FR").region(null).postalCode(null));
        assertThat(decision.rules()).extracting(RuleTrace::outcome).containsExactly(RuleOutcome.MATCHED);
        assertThat(decision.partnerId()).isEqualTo(paris.id);
    }

    // territory

    @Test
    void aRuleWithCountriesConsidersPartnersInAnyOfThemThatSellTheLeadsProductLine() {
        var vienna = partner("Vienna").country("AT");
        var berlin = partner("Berlin").country("DE");
        var berlinStorage = partner("Berlin storage").country("DE").lines(ProductLine.STORAGE);
        var zurich = partner("Zurich").country("CH");
        var router = router(List.of(rule("DACH", 10).countries("DE", "AT").strategy(RoutingStrategy.ROUND_ROBIN)
                .build()), vienna, berlin, berlinStorage, zurich);

        var decision = router.route(lead().country("AT").productLine(ProductLine.NETWORKING).build(), NOW);

        assertThat(decision.candidates()).extracting(CandidateTrace::partnerId)
                .containsExactlyInAnyOrder(vienna.id, berlin.id);
        assertThat(decision.candidatesNotListed()).isZero();
    }

    @Test
    void aRuleWithoutCountriesConsidersPartnersInTheLeadsCountry() {
        var lyon = partner("Lyon").country("fr");
        var milan = partner("Milan").country("IT");
        var router = router(List.of(rule("Any", 10).build()), lyon, milan);

        var decision = router.route(lead().country("FR").build(), NOW);

        assertThat(decision.partnerId()).isEqualTo(lyon.id);
        assertThat(decision.candidates()).extracting(CandidateTrace::partnerId).containsExactly(lyon.id);
    }

    @Test
    void noPartnerSellingTheProductLineIsExplained() {
        var router = router(List.of(rule("Any", 10).build()), partner("Lyon").country("FR").lines(ProductLine.CLOUD));

        var decision = router.route(lead().country("FR").productLine(ProductLine.NETWORKING).build(), NOW);

        assertThat(decision.rules()).extracting(RuleTrace::outcome, RuleTrace::detail)
                .containsExactly(tuple(RuleOutcome.NO_ELIGIBLE_PARTNER, "no partner in territory sells NETWORKING"));
        assertThat(decision.unroutableReason()).isEqualTo("NO_ELIGIBLE_PARTNER");
        assertThat(decision.candidates()).isEmpty();
    }

    // verdicts

    @Test
    @DisplayName("L6, L7, L8: every candidate is judged and the reason is given")
    void eachIneligibleCandidateGetsItsVerdictAndReason() {
        var suspended = partner("Suspended").active(false);
        var agent = partner("Agent").type(PartnerType.AGENT);
        var silver = partner("Silver").tier(PartnerTier.SILVER);
        var weak = partner("Weak").score(0.31);
        var decliner = partner("Decliner");
        var recalled = partner("Recalled");
        var full = partner("Full").openLeads(12);
        var chosen = partner("Chosen");
        var rule = rule("Strict", 10).partnerTypes(PartnerType.DISTRIBUTOR, PartnerType.RETAILER)
                .minTier(PartnerTier.GOLD).minScore(0.5).capacityCap(10);
        var router = router(List.of(rule.build()), suspended, agent, silver, weak, decliner, recalled, full, chosen);

        var decision = router.route(lead().declinedBy(decliner.id).recalledFrom(recalled.id).build(), NOW);

        assertThat(decision.partnerId()).isEqualTo(chosen.id);
        assertThat(List.of(suspended, agent, silver, weak, decliner, recalled, full, chosen))
                .extracting(p -> traceOf(decision, p).verdict(), p -> traceOf(decision, p).detail())
                .containsExactly(
                        tuple(Verdict.SUSPENDED, "suspended"),
                        tuple(Verdict.TYPE_EXCLUDED, "type AGENT not in DISTRIBUTOR, RETAILER"),
                        tuple(Verdict.TIER_TOO_LOW, "tier SILVER below GOLD"),
                        tuple(Verdict.SCORE_TOO_LOW, "score 0.31 below 0.50"),
                        tuple(Verdict.DECLINED_BEFORE, "declined this lead before"),
                        tuple(Verdict.RECALLED_BEFORE, "lead recalled from this partner before"),
                        tuple(Verdict.CAPACITY_FULL, "12 open leads, cap 10"),
                        tuple(Verdict.CHOSEN, "never offered a lead"));
        assertThat(decision.candidates()).extracting(CandidateTrace::partnerName).as("chosen first, then in check order")
                .containsExactly("Chosen", "Suspended", "Agent", "Silver", "Weak", "Decliner", "Recalled", "Full");
    }

    @Test
    void theChecksRunInTheDocumentedOrder() {
        // each partner fails every check from its own onwards, so only the first check may name it
        var suspended = partner("Suspended").active(false).type(PartnerType.AGENT).tier(PartnerTier.REGISTERED)
                .score(0.1).openLeads(50);
        var agent = partner("Agent").type(PartnerType.AGENT).tier(PartnerTier.REGISTERED).score(0.1).openLeads(50);
        var registered = partner("Registered").tier(PartnerTier.REGISTERED).score(0.1).openLeads(50);
        var weak = partner("Weak").score(0.1).openLeads(50);
        var decliner = partner("Decliner").openLeads(50);
        var recalled = partner("Recalled").openLeads(50);
        var rule = rule("Strict", 10).partnerTypes(PartnerType.DISTRIBUTOR).minTier(PartnerTier.SILVER).minScore(0.5)
                .capacityCap(10);
        var router = router(List.of(rule.build()), suspended, agent, registered, weak, decliner, recalled);
        var declinedBy = Set.of(suspended.id, agent.id, registered.id, weak.id, decliner.id);
        var recalledFrom = Set.of(suspended.id, agent.id, registered.id, weak.id, decliner.id, recalled.id);

        var decision = router.route(lead().declinedBy(declinedBy).recalledFrom(recalledFrom).build(), NOW);

        assertThat(List.of(suspended, agent, registered, weak, decliner, recalled))
                .extracting(p -> traceOf(decision, p).verdict())
                .containsExactly(Verdict.SUSPENDED, Verdict.TYPE_EXCLUDED, Verdict.TIER_TOO_LOW, Verdict.SCORE_TOO_LOW,
                        Verdict.DECLINED_BEFORE, Verdict.RECALLED_BEFORE);
        assertThat(decision.rules()).extracting(RuleTrace::outcome, RuleTrace::detail)
                .containsExactly(tuple(RuleOutcome.NO_ELIGIBLE_PARTNER, "6 considered, none eligible"));
    }

    @Test
    @DisplayName("L7: a lead never goes back to a partner that declined it or that it was recalled from")
    void aDeclinerOrAPartnerTheLeadWasRecalledFromIsNeverOfferedTheLeadAgain() {
        var decliner = partner("Decliner").score(0.99);
        var recalled = partner("Recalled").score(0.98);
        var other = partner("Other").score(0.10);
        var router = router(List.of(rule("Best", 10).strategy(RoutingStrategy.BEST_SCORE).build()), decliner, recalled,
                other);

        var decision = router.route(lead().declinedBy(decliner.id).recalledFrom(recalled.id).build(), NOW);
        assertThat(decision.partnerId()).isEqualTo(other.id);

        var onlyDecliners = router.route(lead().declinedBy(decliner.id, other.id).recalledFrom(recalled.id).build(), NOW);
        assertThat(onlyDecliners.routed()).isFalse();
        assertThat(onlyDecliners.unroutableReason()).isEqualTo("NO_ELIGIBLE_PARTNER");

        var freshLead = router.route(lead().build(), NOW);
        assertThat(freshLead.partnerId()).as("the exclusion belongs to the lead, not the partner")
                .isEqualTo(decliner.id);
    }

    // L8 capacity

    @Test
    @DisplayName("L8: routing a batch fills each partner up to the cap, then the lead falls through")
    void aBatchFillsCapacityThenFallsThroughToTheNextRule() {
        var a = partner("A").openLeads(1);
        var b = partner("B");
        var c = partner("C");
        var backup = partner("Backup").country("AT");
        var capped = rule("Capped", 10).countries("DE").capacityCap(2);
        var overflow = rule("Overflow", 20).countries("DE", "AT");
        var router = router(List.of(capped.build(), overflow.build()), a, b, c, backup);

        var partnersChosen = new ArrayList<UUID>();
        for (int i = 0; i < 6; i++) {
            partnersChosen.add(router.route(lead().country("DE").build(), NOW.plusSeconds(i)).partnerId());
        }

        assertThat(partnersChosen).containsExactly(a.id, b.id, c.id, b.id, c.id, backup.id);
        var last = router.route(lead().country("DE").build(), NOW.plusSeconds(9));
        assertThat(last.rules()).extracting(RuleTrace::ruleName, RuleTrace::outcome, RuleTrace::detail).containsExactly(
                tuple("Capped", RuleOutcome.NO_ELIGIBLE_PARTNER, "3 considered, none eligible"),
                tuple("Overflow", RuleOutcome.MATCHED, "4 of 4 considered eligible"));
    }

    @Test
    void aReleasedLeadFreesCapacity() {
        var only = partner("Only");
        var router = router(List.of(rule("Capped", 10).capacityCap(1).build()), only);
        assertThat(router.route(lead().build(), NOW).routed()).isTrue();

        var refused = router.route(lead().build(), NOW);
        assertThat(refused.routed()).isFalse();
        assertThat(traceOf(refused, only).detail()).isEqualTo("1 open lead, cap 1");

        router.released(only.id);
        assertThat(router.route(lead().build(), NOW).partnerId()).isEqualTo(only.id);
    }

    @Test
    void aManualAssignmentCountsAgainstTheCapAndTheRotation() {
        var first = partner("First");
        var second = partner("Second");
        var router = router(List.of(rule("Capped", 10).capacityCap(1).build()), first, second);

        router.assigned(first.id, NOW);

        var decision = router.route(lead().build(), NOW.plusSeconds(1));
        assertThat(decision.partnerId()).isEqualTo(second.id);
        assertThat(traceOf(decision, first).verdict()).isEqualTo(Verdict.CAPACITY_FULL);
    }

    // L4 strategies

    @Test
    @DisplayName("L4 round robin: the partner offered a lead longest ago, never-offered first, ties by partner id")
    void roundRobinPicksTheLongestWithoutALead() {
        var recent = partner("Recent").lastOfferedAt(NOW.minus(Duration.ofHours(1)));
        var old = partner("Old").lastOfferedAt(Instant.parse("2026-11-20T10:00:00Z"));
        var router = router(List.of(rule("RR", 10).build()), recent, old);

        var decision = router.route(lead().build(), NOW);

        assertThat(decision.partnerId()).isEqualTo(old.id);
        assertThat(decision.strategy()).isEqualTo(RoutingStrategy.ROUND_ROBIN);
        assertThat(traceOf(decision, old).detail())
                .isEqualTo("longest without a lead (last offered 2026-11-20T10:00:00Z)");
        assertThat(traceOf(decision, recent).verdict()).isEqualTo(Verdict.NOT_CHOSEN);
        assertThat(traceOf(decision, recent).detail()).isEqualTo("offered a lead more recently");
    }

    @Test
    @DisplayName("L4 round robin: a batch rotates through the partners in id order")
    void roundRobinRotatesThroughABatch() {
        var a = partner("A");
        var b = partner("B");
        var c = partner("C").lastOfferedAt(NOW.minus(Duration.ofDays(30)));
        // c was offered a lead once: the never-offered go first, in id order
        var router = router(List.of(rule("RR", 10).build()), c, b, a);

        var order = new ArrayList<UUID>();
        for (int i = 0; i < 6; i++) order.add(router.route(lead().build(), NOW.plusSeconds(i)).partnerId());

        assertThat(order).containsExactly(a.id, b.id, c.id, a.id, b.id, c.id);
    }

    @Test
    void roundRobinTiesGoToTheLowerPartnerId() {
        var same = NOW.minus(Duration.ofDays(1));
        var first = partner("First").lastOfferedAt(same);
        var second = partner("Second").lastOfferedAt(same);
        var router = router(List.of(rule("RR", 10).build()), second, first);

        var decision = router.route(lead().build(), NOW);

        assertThat(decision.partnerId()).isEqualTo(first.id);
        assertThat(traceOf(decision, second).detail()).isEqualTo("offered a lead at the same time, later partner id");
    }

    @Test
    @DisplayName("L4 best score: highest score, then fewer open leads, then partner id")
    void bestScoreBreaksTiesByOpenLeadsThenPartnerId() {
        var best = partner("Best").score(0.82).openLeads(3);
        var busier = partner("Busier").score(0.82).openLeads(5);
        var later = partner("Later").score(0.82).openLeads(3);
        var lower = partner("Lower").score(0.41);
        var router = router(List.of(rule("Best", 10).strategy(RoutingStrategy.BEST_SCORE).build()), lower, later, busier,
                best);

        var decision = router.route(lead().build(), NOW);

        assertThat(decision.partnerId()).isEqualTo(best.id);
        assertThat(decision.candidates()).extracting(CandidateTrace::partnerName, CandidateTrace::verdict,
                CandidateTrace::detail).containsExactly(
                tuple("Best", Verdict.CHOSEN, "best score 0.82"),
                tuple("Busier", Verdict.NOT_CHOSEN, "same score, more open leads (5 vs 3)"),
                tuple("Later", Verdict.NOT_CHOSEN, "same score and open leads, later partner id"),
                tuple("Lower", Verdict.NOT_CHOSEN, "lower score 0.41"));

        // the offer counts: Best now holds 4 open leads, one more than Later
        assertThat(router.route(lead().build(), NOW).partnerId()).isEqualTo(later.id);
    }

    @Test
    @DisplayName("L4 weighted tier: the draw lands in the chosen partner's share of the weights, in partner-id order")
    void weightedTierDrawIsExplainedAndConsistentWithTheWeights() {
        var registered = partner("Registered").tier(PartnerTier.REGISTERED);
        var silver = partner("Silver").tier(PartnerTier.SILVER);
        var gold = partner("Gold").tier(PartnerTier.GOLD);
        var platinum = partner("Platinum").tier(PartnerTier.PLATINUM);
        var router = router(List.of(rule("Tiers", 10).strategy(RoutingStrategy.WEIGHTED_TIER).build()), platinum, gold,
                silver, registered);
        // draws 1..10 over REGISTERED 1, SILVER 2, GOLD 3, PLATINUM 4 in id order
        Map<UUID, List<Integer>> shares = Map.of(registered.id, List.of(1), silver.id, List.of(2, 3),
                gold.id, List.of(4, 5, 6), platinum.id, List.of(7, 8, 9, 10));
        var pattern = java.util.regex.Pattern.compile("tier draw (\\d+) of 10 \\((\\w+) weight (\\d)\\)");

        var drawsSeen = new java.util.TreeSet<Integer>();
        for (int i = 0; i < 300; i++) {
            var decision = router.route(lead().build(), NOW);
            var chosen = decision.candidates().get(0);
            var matcher = pattern.matcher(chosen.detail());
            assertThat(matcher.matches()).as(chosen.detail()).isTrue();
            int draw = Integer.parseInt(matcher.group(1));
            assertThat(shares.get(chosen.partnerId())).as(chosen.detail()).contains(draw);
            drawsSeen.add(draw);
        }
        assertThat(drawsSeen).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    @DisplayName("L4 weighted tier: same lead, same pick; over many leads, picks proportional to the tier weights")
    void weightedTierIsStablePerLeadAndProportionalOverMany() {
        var registered = partner("Registered").tier(PartnerTier.REGISTERED);
        var silver = partner("Silver").tier(PartnerTier.SILVER);
        var gold = partner("Gold").tier(PartnerTier.GOLD);
        var platinum = partner("Platinum").tier(PartnerTier.PLATINUM);
        var router = router(List.of(rule("Tiers", 10).strategy(RoutingStrategy.WEIGHTED_TIER).build()), registered,
                silver, gold, platinum);

        var lead = lead().build();
        var first = router.route(lead, NOW).partnerId();
        for (int i = 0; i < 20; i++) assertThat(router.route(lead, NOW.plusSeconds(i)).partnerId()).isEqualTo(first);

        var picks = new EnumMap<PartnerTier, Integer>(PartnerTier.class);
        var tierOf = Map.of(registered.id, PartnerTier.REGISTERED, silver.id, PartnerTier.SILVER, gold.id,
                PartnerTier.GOLD, platinum.id, PartnerTier.PLATINUM);
        var random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            var id = new UUID(random.nextLong(), random.nextLong());
            picks.merge(tierOf.get(router.route(lead().id(id).build(), NOW).partnerId()), 1, Integer::sum);
        }

        double unit = picks.get(PartnerTier.REGISTERED);
        assertThat(picks.get(PartnerTier.PLATINUM) / unit).isBetween(3.5, 4.5);
        assertThat(picks.get(PartnerTier.GOLD) / unit).isBetween(2.5, 3.5);
        assertThat(picks.get(PartnerTier.SILVER) / unit).isBetween(1.6, 2.4);
    }

    @Test
    void weightedTierDrawsOnlyAmongEligiblePartners() {
        var platinum = partner("Platinum").tier(PartnerTier.PLATINUM);
        var registered = partner("Registered").tier(PartnerTier.REGISTERED);
        var router = router(List.of(rule("Tiers", 10).strategy(RoutingStrategy.WEIGHTED_TIER).build()), platinum,
                registered);

        for (int i = 0; i < 50; i++) {
            var decision = router.route(lead().declinedBy(platinum.id).build(), NOW);
            assertThat(decision.partnerId()).isEqualTo(registered.id);
            assertThat(decision.candidates().get(0).detail()).isEqualTo("tier draw 1 of 1 (REGISTERED weight 1)");
        }
    }

    // L6 explanation

    @Test
    @DisplayName("L6: rules are tried by position; the ones passed are explained and the matching rule sets SLA and strategy")
    void rulesAreTriedByPositionAndFallThrough() {
        var suspended = partner("Suspended").active(false);
        var active = partner("Active").country("AT");
        var second = rule("Fallback", 20).strategy(RoutingStrategy.BEST_SCORE).sla(12, 48);
        var first = rule("Germany", 10).countries("DE", "AT").minTier(PartnerTier.GOLD);
        var skipped = rule("France", 5).countries("FR");
        var router = router(List.of(second.build(), first.build(), skipped.build()), suspended, active);

        var decision = router.route(lead().country("AT").build(), NOW);

        assertThat(decision.rules()).extracting(RuleTrace::ruleName, RuleTrace::outcome, RuleTrace::detail)
                .containsExactly(
                        tuple("France", RuleOutcome.NOT_MATCHING, "country"),
                        tuple("Germany", RuleOutcome.MATCHED, "1 of 2 considered eligible"));
        assertThat(decision.ruleName()).isEqualTo("Germany");

        var viaFallback = router.route(lead().country("AT").declinedBy(active.id).build(), NOW);
        assertThat(viaFallback.rules()).extracting(RuleTrace::outcome).containsExactly(RuleOutcome.NOT_MATCHING,
                RuleOutcome.NO_ELIGIBLE_PARTNER, RuleOutcome.NO_ELIGIBLE_PARTNER);
        assertThat(viaFallback.unroutableReason()).isEqualTo("NO_ELIGIBLE_PARTNER");

        var silver = partner("Vienna silver").country("AT").tier(PartnerTier.SILVER);
        var router2 = router(List.of(second.build(), first.build()), suspended, active, silver);
        var routedByFallback = router2.route(lead().country("AT").declinedBy(active.id).build(), NOW);
        assertThat(routedByFallback.partnerId()).isEqualTo(silver.id);
        assertThat(routedByFallback.ruleName()).isEqualTo("Fallback");
        assertThat(routedByFallback.ruleId()).isEqualTo(second.id);
        assertThat(routedByFallback.strategy()).isEqualTo(RoutingStrategy.BEST_SCORE);
        assertThat(routedByFallback.acceptSlaHours()).isEqualTo(12);
        assertThat(routedByFallback.followUpSlaHours()).isEqualTo(48);
    }

    @Test
    void everyUnroutableReason() {
        var partner = partner("Paris").country("FR").active(false);

        var noRules = router(List.of(), partner).route(lead().country("FR").build(), NOW);
        assertThat(noRules.unroutableReason()).isEqualTo("NO_RULES");
        assertThat(noRules.rules()).isEmpty();

        var noMatch = router(List.of(rule("Germany", 10).countries("DE").build()), partner)
                .route(lead().country("FR").build(), NOW);
        assertThat(noMatch.unroutableReason()).isEqualTo("NO_RULE_MATCHES");
        assertThat(noMatch.candidates()).isEmpty();

        var noneEligible = router(List.of(rule("France", 10).countries("FR").build()), partner)
                .route(lead().country("FR").build(), NOW);
        assertThat(noneEligible.unroutableReason()).isEqualTo("NO_ELIGIBLE_PARTNER");
        assertThat(List.of(noRules, noMatch, noneEligible)).allSatisfy(d -> {
            assertThat(d.routed()).isFalse();
            assertThat(d.partnerId()).isNull();
            assertThat(d.ruleId()).isNull();
        });
    }

    @Test
    void anUnroutableLeadListsTheCandidatesOfTheLastRuleWhoseCriteriaMatched() {
        var lowTier = partner("Low tier").tier(PartnerTier.REGISTERED);
        var suspended = partner("Suspended").country("AT").active(false);
        var router = router(List.of(
                rule("Gold DACH", 10).countries("DE", "AT").minTier(PartnerTier.GOLD).build(),
                rule("Austria", 20).countries("AT").build(),
                rule("France", 30).countries("FR").build()), lowTier, suspended);

        var decision = router.route(lead().country("AT").build(), NOW);
        assertThat(decision.rules()).extracting(RuleTrace::outcome).containsExactly(RuleOutcome.NO_ELIGIBLE_PARTNER,
                RuleOutcome.NO_ELIGIBLE_PARTNER, RuleOutcome.NOT_MATCHING);
        assertThat(decision.candidates()).extracting(CandidateTrace::partnerName, CandidateTrace::verdict)
                .containsExactly(tuple("Suspended", Verdict.SUSPENDED));
    }

    @Test
    @DisplayName("L6: at most 25 candidates listed, the chosen one first, then the passed over, then the ineligible")
    void theCandidateListIsBoundedAndOrderedByVerdict() {
        var partners = new ArrayList<PartnerBuilder>();
        for (int i = 0; i < 10; i++) partners.add(partner("Suspended " + i).active(false));
        for (int i = 0; i < 30; i++) partners.add(partner("Eligible " + i).lastOfferedAt(NOW.minusSeconds(100 - i)));
        for (int i = 0; i < 5; i++) partners.add(partner("Weak " + i).score(0.1));
        var router = new LeadRouter(List.of(rule("RR", 10).minScore(0.2).build()),
                partners.stream().map(PartnerBuilder::build).toList());

        var decision = router.route(lead().build(), NOW);

        assertThat(decision.candidates()).hasSize(LeadRouter.MAX_LISTED);
        assertThat(decision.candidatesNotListed()).isEqualTo(45 - 25);
        assertThat(decision.candidates().get(0)).extracting(CandidateTrace::partnerName, CandidateTrace::verdict)
                .containsExactly("Eligible 0", Verdict.CHOSEN);
        assertThat(decision.candidates().subList(1, 25)).extracting(CandidateTrace::verdict)
                .containsOnly(Verdict.NOT_CHOSEN);

        var fewEligible = router(List.of(rule("RR", 10).minScore(0.2).build()),
                partners.subList(0, 12).toArray(PartnerBuilder[]::new));
        var few = fewEligible.route(lead().build(), NOW);
        assertThat(few.candidates()).extracting(CandidateTrace::verdict).startsWith(Verdict.CHOSEN, Verdict.NOT_CHOSEN)
                .endsWith(Collections.nCopies(10, Verdict.SUSPENDED).toArray(Verdict[]::new));
        assertThat(few.candidatesNotListed()).isZero();
    }

    @Test
    @DisplayName("L6: same rules, partners and leads give the same decisions, whatever the input order")
    void routingIsDeterministic() {
        var random = new Random(42);
        var countries = List.of("DE", "AT", "FR");
        var partners = new ArrayList<PartnerCandidate>();
        for (int i = 0; i < 120; i++) {
            var lines = EnumSet.of(ProductLine.values()[random.nextInt(5)], ProductLine.values()[random.nextInt(5)]);
            partners.add(partner("P" + i).country(countries.get(random.nextInt(3))).lines(lines.toArray(ProductLine[]::new))
                    .tier(PartnerTier.values()[random.nextInt(4)]).score(random.nextInt(100) / 100.0)
                    .openLeads(random.nextInt(3)).id(new UUID(random.nextLong(), random.nextLong())).build());
        }
        var rules = List.of(
                rule("Best DE", 10).countries("DE").strategy(RoutingStrategy.BEST_SCORE).capacityCap(4).build(),
                rule("Tiers", 20).productLines(ProductLine.CLOUD, ProductLine.STORAGE)
                        .strategy(RoutingStrategy.WEIGHTED_TIER).build(),
                rule("Rotation", 30).minTier(PartnerTier.SILVER).capacityCap(6).build());
        var reversedRules = new ArrayList<>(rules);
        Collections.reverse(reversedRules);
        var reversedPartners = new ArrayList<>(partners);
        Collections.reverse(reversedPartners);
        var one = new LeadRouter(rules, partners);
        var other = new LeadRouter(reversedRules, reversedPartners);

        var routed = 0;
        for (int i = 0; i < 1_000; i++) {
            var lead = lead().id(new UUID(random.nextLong(), random.nextLong())).country(countries.get(random.nextInt(3)))
                    .productLine(ProductLine.values()[random.nextInt(5)])
                    .declinedBy(partners.get(random.nextInt(partners.size())).id()).build();
            var now = NOW.plusSeconds(i);
            var decision = one.route(lead, now);
            assertThat(other.route(lead, now)).isEqualTo(decision);
            if (decision.routed()) routed++;
        }
        assertThat(routed).as("the batch exercises routing, not only unroutable leads").isGreaterThan(500);
    }

    @Test
    @DisplayName("L6: the explanation survives a round trip through its JSON")
    void explanationJsonRoundTrip() {
        var quoted = partner("Acme \"North\" \\ Zürich\n").score(0.9);
        var other = partner("Other").score(0.4).active(false);
        var router = router(List.of(rule("France", 5).countries("FR").build(),
                rule("Best", 10).strategy(RoutingStrategy.BEST_SCORE).sla(24, 72).capacityCap(3).build()), quoted, other);

        var routed = router.route(lead().build(), NOW);
        var json = RoutingExplanations.toJson(routed);
        assertThat(json).doesNotContain("\n").contains("\"partnerName\":\"Acme \\\"North\\\" \\\\ Zürich\\n\"");
        assertThat(RoutingExplanations.fromJson(routed.leadId(), json)).isEqualTo(namesOnlyForPassedRules(routed));

        var unroutable = router.route(lead().country("IT").build(), NOW);
        assertThat(unroutable.routed()).isFalse();
        assertThat(RoutingExplanations.fromJson(unroutable.leadId(), RoutingExplanations.toJson(unroutable)))
                .isEqualTo(namesOnlyForPassedRules(unroutable));

        var many = new ArrayList<PartnerCandidate>();
        for (int i = 0; i < 27; i++) many.add(partner("Many " + i).build());
        var bounded = new LeadRouter(List.of(rule("Any", 10).build()), many).route(lead().build(), NOW);
        assertThat(bounded.candidatesNotListed()).isEqualTo(2);
        assertThat(RoutingExplanations.fromJson(bounded.leadId(), RoutingExplanations.toJson(bounded)))
                .isEqualTo(namesOnlyForPassedRules(bounded));
    }

    /** The stored explanation names the rules passed by (NOT_MATCHING) without their ids, to stay small at 50 rules. */
    private static RoutingDecision namesOnlyForPassedRules(RoutingDecision d) {
        var rules = d.rules().stream().map(r -> r.outcome() == RuleOutcome.NOT_MATCHING
                ? new RuleTrace(null, r.ruleName(), r.outcome(), r.detail()) : r).toList();
        return new RoutingDecision(d.leadId(), d.partnerId(), d.partnerName(), d.ruleId(), d.ruleName(), d.strategy(),
                d.acceptSlaHours(), d.followUpSlaHours(), d.unroutableReason(), rules, d.candidates(),
                d.candidatesNotListed());
    }

    @Test
    void explanationJsonToleratesMissingAndUnknownFields() {
        var leadId = UUID.randomUUID();
        var empty = RoutingExplanations.fromJson(leadId, "{}");
        assertThat(empty.leadId()).isEqualTo(leadId);
        assertThat(empty.routed()).isFalse();
        assertThat(empty.rules()).isEmpty();
        assertThat(empty.candidates()).isEmpty();

        var partial = RoutingExplanations.fromJson(leadId, """
                {"strategy":"COIN_TOSS","partnerName":"Acme","future":1,
                 "rules":[{"ruleName":"Old rule","outcome":"MATCHED"}],
                 "candidates":[{"partnerId":"not-a-uuid","verdict":"CHOSEN"}]}""");
        assertThat(partial.strategy()).isNull();
        assertThat(partial.partnerName()).isEqualTo("Acme");
        assertThat(partial.rules()).containsExactly(new RuleTrace(null, "Old rule", RuleOutcome.MATCHED, null));
        assertThat(partial.candidates()).containsExactly(new CandidateTrace(null, null, Verdict.CHOSEN, null));
    }

    private static final class PartnerBuilder {
        private UUID id;
        private final String name;
        private PartnerType type = PartnerType.DISTRIBUTOR;
        private PartnerTier tier = PartnerTier.GOLD;
        private boolean active = true;
        private String country = "DE";
        private Set<ProductLine> lines = EnumSet.allOf(ProductLine.class);
        private double score = 0.5;
        private int openLeads;
        private Instant lastOfferedAt;

        PartnerBuilder(UUID id, String name) {
            this.id = id;
            this.name = name;
        }

        PartnerBuilder id(UUID value) { id = value; return this; }
        PartnerBuilder type(PartnerType value) { type = value; return this; }
        PartnerBuilder tier(PartnerTier value) { tier = value; return this; }
        PartnerBuilder active(boolean value) { active = value; return this; }
        PartnerBuilder country(String value) { country = value; return this; }
        PartnerBuilder lines(ProductLine... values) { lines = Set.of(values); return this; }
        PartnerBuilder score(double value) { score = value; return this; }
        PartnerBuilder openLeads(int value) { openLeads = value; return this; }
        PartnerBuilder lastOfferedAt(Instant value) { lastOfferedAt = value; return this; }

        PartnerCandidate build() {
            return new PartnerCandidate(id, name, type, tier, active, country, lines, score, openLeads, lastOfferedAt);
        }
    }

    private static final class RuleBuilder {
        private final UUID id = UUID.randomUUID();
        private final String name;
        private final int position;
        private Set<String> countries = Set.of();
        private Set<String> regions = Set.of();
        private List<String> postalPrefixes = List.of();
        private Set<ProductLine> productLines = Set.of();
        private Set<PartnerType> partnerTypes = Set.of();
        private PartnerTier minTier;
        private Double minScore;
        private RoutingStrategy strategy = RoutingStrategy.ROUND_ROBIN;
        private Integer capacityCap;
        private int acceptSlaHours = 24;
        private int followUpSlaHours = 72;

        RuleBuilder(String name, int position) {
            this.name = name;
            this.position = position;
        }

        RuleBuilder countries(String... values) { countries = Set.of(values); return this; }
        RuleBuilder regions(String... values) { regions = Set.of(values); return this; }
        RuleBuilder postalPrefixes(String... values) { postalPrefixes = List.of(values); return this; }
        RuleBuilder productLines(ProductLine... values) { productLines = Set.of(values); return this; }
        RuleBuilder partnerTypes(PartnerType... values) { partnerTypes = Set.of(values); return this; }
        RuleBuilder minTier(PartnerTier value) { minTier = value; return this; }
        RuleBuilder minScore(double value) { minScore = value; return this; }
        RuleBuilder strategy(RoutingStrategy value) { strategy = value; return this; }
        RuleBuilder capacityCap(int value) { capacityCap = value; return this; }
        RuleBuilder sla(int accept, int followUp) { acceptSlaHours = accept; followUpSlaHours = followUp; return this; }

        RoutingRuleSpec build() {
            return new RoutingRuleSpec(id, name, position, countries, regions, postalPrefixes, productLines, partnerTypes,
                    minTier, minScore, strategy, capacityCap, acceptSlaHours, followUpSlaHours);
        }
    }

    private static final class LeadBuilder {
        private UUID id;
        private String country = "DE";
        private String region = "bavaria";
        private String postalCode = "80331";
        private ProductLine productLine = ProductLine.NETWORKING;
        private Set<UUID> declinedBy = Set.of();
        private Set<UUID> recalledFrom = Set.of();

        LeadBuilder(UUID id) {
            this.id = id;
        }

        LeadBuilder id(UUID value) { id = value; return this; }
        LeadBuilder country(String value) { country = value; return this; }
        LeadBuilder region(String value) { region = value; return this; }
        LeadBuilder postalCode(String value) { postalCode = value; return this; }
        LeadBuilder productLine(ProductLine value) { productLine = value; return this; }
        LeadBuilder declinedBy(UUID... values) { declinedBy = Set.of(values); return this; }
        LeadBuilder declinedBy(Set<UUID> values) { declinedBy = values; return this; }
        LeadBuilder recalledFrom(UUID... values) { recalledFrom = Set.of(values); return this; }
        LeadBuilder recalledFrom(Set<UUID> values) { recalledFrom = values; return this; }

        LeadFacts build() {
            return new LeadFacts(id, country, region, postalCode, productLine, declinedBy, recalledFrom);
        }
    }
}
