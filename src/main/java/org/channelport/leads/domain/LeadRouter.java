package org.channelport.leads.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.channelport.leads.domain.RoutingDecision.CandidateTrace;
import org.channelport.leads.domain.RoutingDecision.RuleOutcome;
import org.channelport.leads.domain.RoutingDecision.RuleTrace;
import org.channelport.leads.domain.RoutingDecision.Verdict;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

/**
 * Routes leads to partners with an ordered list of rules, and explains every decision.
 *
 * <p>Rules are tried in ascending {@code position}. A rule applies when the lead matches all of its criteria (country,
 * region, postal-code prefix, product line; an empty criterion matches any lead). Its candidates are the partners located in
 * the rule's territory (its countries, or the lead's own country when it names none) that sell the lead's product line. A
 * candidate is eligible unless, checked in this order, it is suspended, of an excluded type, below the minimum tier, below the
 * minimum score, or:
 * <ul>
 *   <li><b>L7</b> it declined this lead before, or the lead was recalled from it for missing an SLA: a lead never goes back
 *       to such a partner;</li>
 *   <li><b>L8</b> it holds as many open leads as the rule's capacity cap.</li>
 * </ul>
 * <b>L4</b> The rule's strategy picks one eligible candidate, deterministically: {@code ROUND_ROBIN} the one offered a lead
 * longest ago (never offered first, ties by partner id), {@code WEIGHTED_TIER} a draw weighted REGISTERED 1, SILVER 2, GOLD 3,
 * PLATINUM 4 over the candidates in partner-id order, seeded by a hash of the lead id, {@code BEST_SCORE} the highest score
 * (ties by fewer open leads, then partner id). A rule without an eligible candidate passes the lead to the next rule.
 *
 * <p><b>L6</b> Every decision carries its explanation: the outcome of each rule tried, and each candidate of the deciding rule
 * (or, for an unroutable lead, of the last rule whose criteria matched) with its verdict and a short reason, the chosen one
 * first, at most {@value #MAX_LISTED} listed so that explanations stay small.
 *
 * <p>A router holds the open-lead count and last offer of every partner in memory and updates them as it routes, so a batch
 * respects capacity caps and round robin across its own leads. It is therefore not thread-safe: one router per batch.
 */
public final class LeadRouter {
    static final int MAX_LISTED = 25;

    private static final Partner[] NONE = {};
    /**
     * Verdicts in the order candidates are listed: the chosen one, the passed over, then the ineligible in the order the
     * checks run. {@link #verdicts} holds indexes into it.
     */
    private static final Verdict[] LISTING_ORDER = {Verdict.CHOSEN, Verdict.NOT_CHOSEN, Verdict.SUSPENDED,
            Verdict.TYPE_EXCLUDED, Verdict.TIER_TOO_LOW, Verdict.SCORE_TOO_LOW, Verdict.DECLINED_BEFORE,
            Verdict.RECALLED_BEFORE, Verdict.CAPACITY_FULL};
    private static final byte CHOSEN = 0, ELIGIBLE = 1, SUSPENDED = 2, TYPE_EXCLUDED = 3, TIER_TOO_LOW = 4,
            SCORE_TOO_LOW = 5, DECLINED_BEFORE = 6, RECALLED_BEFORE = 7, CAPACITY_FULL = 8;
    private static final int PRODUCT_LINES = ProductLine.values().length;
    private static final Comparator<Partner> BY_ID = Comparator.comparing(p -> p.id);

    private final Rule[] rules;
    private final Map<UUID, Partner> partnersById;
    /**
     * Every country a partner or rule names, numbered, so that a lead's country is looked up once and each rule then tests a
     * flag instead of hashing the string again.
     */
    private final Map<String, Integer> countryCodes = new HashMap<>();
    private final Map<String, Integer> regionCodes = new HashMap<>();
    /** by country code and product line ordinal: the partners located there that sell it, in partner-id order */
    private final Partner[][][] partnersByCountry;
    /** the verdict of each candidate of the rule being judged, see LISTING_ORDER; reused so routing allocates little */
    private byte[] verdicts = new byte[64];
    /** numbers the leads routed, to mark the partners the current lead excludes (L7) without a set lookup per candidate */
    private long leadSequence;

    public LeadRouter(List<RoutingRuleSpec> rules, Collection<PartnerCandidate> partners) {
        var byId = new HashMap<UUID, Partner>(partners.size() * 2);
        var byCountry = new ArrayList<List<List<Partner>>>();
        for (var candidate : partners) {
            Objects.requireNonNull(candidate.id(), "partner id");
            var partner = new Partner(candidate);
            if (byId.putIfAbsent(partner.id, partner) != null) {
                throw new IllegalArgumentException("partner " + partner.id + " listed twice");
            }
            if (partner.country == null || candidate.productLines() == null) continue;
            int code = code(countryCodes, partner.country);
            if (code == byCountry.size()) byCountry.add(emptyLists());
            for (var line : candidate.productLines()) byCountry.get(code).get(line.ordinal()).add(partner);
        }
        for (var rule : rules) {
            for (var country : orEmpty(rule.countries())) {
                if (country != null && code(countryCodes, upper(country)) == byCountry.size()) byCountry.add(emptyLists());
            }
            for (var region : orEmpty(rule.regions())) if (region != null) code(regionCodes, lower(region));
        }
        this.partnersById = byId;
        this.partnersByCountry = new Partner[byCountry.size()][PRODUCT_LINES][];
        for (int code = 0; code < byCountry.size(); code++) {
            for (int line = 0; line < PRODUCT_LINES; line++) {
                partnersByCountry[code][line] = sortedById(byCountry.get(code).get(line));
            }
        }
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(RoutingRuleSpec::position)
                        .thenComparing(RoutingRuleSpec::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(this::compile)
                .toArray(Rule[]::new);
    }

    /** Routes one lead and counts the offer against the chosen partner (L8) and its place in the rotation (L4). */
    public RoutingDecision route(LeadFacts lead, Instant now) {
        Objects.requireNonNull(lead.leadId(), "lead id");  // it seeds the weighted draw
        Objects.requireNonNull(now, "now");
        int country = lead.country() == null ? -1 : countryCodes.getOrDefault(upper(lead.country()), -1);
        int region = lead.region() == null ? -1 : regionCodes.getOrDefault(lower(lead.region()), -1);
        String postalCode = postalCode(lead.postalCode());
        ProductLine line = lead.productLine();
        long sequence = markExcluded(lead);

        var ruleTraces = new ArrayList<RuleTrace>(rules.length);
        Rule lastMatching = null;
        Partner[] lastConsidered = NONE;
        for (Rule rule : rules) {
            int failed = rule.firstFailingCriterion(country, region, postalCode, line);
            if (failed >= 0) {
                ruleTraces.add(rule.notMatching[failed]);
                continue;
            }
            Partner[] considered = territory(rule, country, line);
            lastMatching = rule;
            lastConsidered = considered;
            if (considered.length == 0) {
                ruleTraces.add(rule.noPartnerSells[line == null ? PRODUCT_LINES : line.ordinal()]);
                continue;
            }
            int eligible = judge(rule, considered, sequence);
            if (eligible == 0) {
                ruleTraces.add(new RuleTrace(rule.spec.id(), rule.spec.name(), RuleOutcome.NO_ELIGIBLE_PARTNER,
                        considered.length + " considered, none eligible"));
                continue;
            }
            var pick = pick(rule, considered, lead.leadId());
            verdicts[pick.index] = CHOSEN;
            ruleTraces.add(new RuleTrace(rule.spec.id(), rule.spec.name(), RuleOutcome.MATCHED,
                    eligible + " of " + considered.length + " considered eligible"));
            // explained before the offer is counted, so the reasons describe the state the choice was made on
            var candidates = explain(rule, considered, pick);
            Partner chosen = considered[pick.index];
            chosen.offered(now);
            return new RoutingDecision(lead.leadId(), chosen.id, chosen.candidate.name(), rule.spec.id(), rule.spec.name(),
                    rule.spec.strategy(), rule.spec.acceptSlaHours(), rule.spec.followUpSlaHours(), null,
                    Collections.unmodifiableList(ruleTraces), candidates, considered.length - candidates.size());
        }

        String reason = rules.length == 0 ? "NO_RULES" : lastMatching == null ? "NO_RULE_MATCHES" : "NO_ELIGIBLE_PARTNER";
        List<CandidateTrace> candidates = List.of();
        if (lastMatching != null && lastConsidered.length > 0) {
            // later rules reused the scratch verdicts; judging again is cheaper than keeping a copy for every rule
            judge(lastMatching, lastConsidered, sequence);
            candidates = explain(lastMatching, lastConsidered, null);
        }
        return new RoutingDecision(lead.leadId(), null, null, null, null, null, 0, 0, reason,
                Collections.unmodifiableList(ruleTraces), candidates, lastConsidered.length - candidates.size());
    }

    /**
     * A lead was offered to a partner outside this router (a manager's manual choice in the same batch): it counts against the
     * cap (L8) and moves the partner to the back of the rotation (L4) exactly as a routed one does.
     */
    public void assigned(UUID partnerId, Instant at) {
        Partner partner = partnersById.get(partnerId);
        if (partner == null) return;
        partner.offered(at);
    }

    /** A lead offered by this router went back (declined, recalled, rerouted): it no longer counts against the cap (L8). */
    public void released(UUID partnerId) {
        Partner partner = partnersById.get(partnerId);
        if (partner != null && partner.openLeads > 0) partner.openLeads--;
    }

    private long markExcluded(LeadFacts lead) {
        long sequence = ++leadSequence;
        for (UUID id : orEmpty(lead.declinedBy())) {
            Partner partner = partnersById.get(id);
            if (partner != null) partner.declinedLead = sequence;
        }
        for (UUID id : orEmpty(lead.recalledFrom())) {
            Partner partner = partnersById.get(id);
            if (partner != null) partner.recalledLead = sequence;
        }
        return sequence;
    }

    private Partner[] territory(Rule rule, int leadCountry, ProductLine line) {
        if (line == null) return NONE;
        if (rule.territory != null) return rule.territory[line.ordinal()];
        return leadCountry < 0 ? NONE : partnersByCountry[leadCountry][line.ordinal()];
    }

    /** Fills {@link #verdicts} for every candidate and returns how many are eligible. */
    private int judge(Rule rule, Partner[] considered, long sequence) {
        if (verdicts.length < considered.length) verdicts = new byte[Math.max(considered.length, verdicts.length * 2)];
        int eligible = 0;
        for (int i = 0; i < considered.length; i++) {
            Partner p = considered[i];
            byte verdict;
            if (!p.active) verdict = SUSPENDED;
            else if (rule.partnerTypes != null && (p.type == null || !rule.partnerTypes[p.type.ordinal()])) {
                verdict = TYPE_EXCLUDED;
            } else if (p.tierOrdinal < rule.minTier) verdict = TIER_TOO_LOW;
            else if (p.score < rule.minScore) verdict = SCORE_TOO_LOW;
            else if (p.declinedLead == sequence) verdict = DECLINED_BEFORE;
            else if (p.recalledLead == sequence) verdict = RECALLED_BEFORE;
            else if (p.openLeads >= rule.capacityCap) verdict = CAPACITY_FULL;
            else {
                verdict = ELIGIBLE;
                eligible++;
            }
            verdicts[i] = verdict;
        }
        return eligible;
    }

    private Pick pick(Rule rule, Partner[] considered, UUID leadId) {
        int best = -1;
        switch (rule.spec.strategy()) {
            case ROUND_ROBIN -> {
                // candidates are in id order, so keeping the first of equals breaks ties by partner id
                for (int i = 0; i < considered.length; i++) {
                    if (verdicts[i] != ELIGIBLE) continue;
                    if (best < 0 || considered[i].offeredBefore(considered[best])) best = i;
                }
                return new Pick(best, 0, 0);
            }
            case WEIGHTED_TIER -> {
                long total = 0;
                for (int i = 0; i < considered.length; i++) {
                    if (verdicts[i] == ELIGIBLE) total += considered[i].weight;
                }
                long draw = Long.remainderUnsigned(drawSeed(leadId), total);
                long cumulative = 0;
                for (int i = 0; i < considered.length; i++) {
                    if (verdicts[i] != ELIGIBLE) continue;
                    cumulative += considered[i].weight;
                    if (draw < cumulative) return new Pick(i, draw, total);
                }
                throw new IllegalStateException("draw " + draw + " beyond total weight " + total);
            }
            case BEST_SCORE -> {
                for (int i = 0; i < considered.length; i++) {
                    if (verdicts[i] != ELIGIBLE) continue;
                    if (best < 0) {
                        best = i;
                        continue;
                    }
                    Partner p = considered[i];
                    Partner b = considered[best];
                    int byScore = Double.compare(p.score, b.score);
                    if (byScore > 0 || byScore == 0 && p.openLeads < b.openLeads) best = i;
                }
                return new Pick(best, 0, 0);
            }
            default -> throw new IllegalStateException("rule " + rule.spec.id() + " has no strategy");
        }
    }

    /**
     * The candidates in {@link #LISTING_ORDER} of their verdicts, each group in partner-id order; at most
     * {@value #MAX_LISTED}.
     */
    private List<CandidateTrace> explain(Rule rule, Partner[] considered, Pick pick) {
        int listed = Math.min(considered.length, MAX_LISTED);
        int[] perVerdict = new int[LISTING_ORDER.length];
        for (int i = 0; i < considered.length; i++) perVerdict[verdicts[i]]++;
        int[] next = new int[perVerdict.length];
        int[] end = new int[perVerdict.length];
        int slot = 0;
        for (int v = 0; v < perVerdict.length; v++) {
            next[v] = slot;
            slot = Math.min(listed, slot + perVerdict[v]);
            end[v] = slot;
        }
        var traces = new CandidateTrace[listed];
        Partner chosen = pick == null ? null : considered[pick.index];
        int filled = 0;
        for (int i = 0; i < considered.length && filled < listed; i++) {
            int v = verdicts[i];
            if (next[v] == end[v]) continue;
            Partner p = considered[i];
            traces[next[v]++] = new CandidateTrace(p.id, p.candidate.name(), LISTING_ORDER[v],
                    detail(rule, LISTING_ORDER[v], p, chosen, pick));
            filled++;
        }
        return List.of(traces);
    }

    private static String detail(Rule rule, Verdict verdict, Partner p, Partner chosen, Pick pick) {
        return switch (verdict) {
            case CHOSEN -> switch (rule.spec.strategy()) {
                case ROUND_ROBIN -> p.lastOfferedAt == null ? "never offered a lead"
                        : "longest without a lead (last offered " + p.lastOfferedAt + ")";
                case WEIGHTED_TIER -> "tier draw " + (pick.draw + 1) + " of " + pick.totalWeight + " (" + p.tierText + ")";
                case BEST_SCORE -> "best score " + p.scoreText;
            };
            case NOT_CHOSEN -> switch (rule.spec.strategy()) {
                case ROUND_ROBIN -> !Objects.equals(p.lastOfferedAt, chosen.lastOfferedAt) ? "offered a lead more recently"
                        : p.lastOfferedAt == null ? "never offered a lead either, later partner id"
                        : "offered a lead at the same time, later partner id";
                case WEIGHTED_TIER -> p.notDrawnText;
                case BEST_SCORE -> p.score < chosen.score ? p.lowerScoreText
                        : p.openLeads > chosen.openLeads
                        ? "same score, more open leads (" + p.openLeads + " vs " + chosen.openLeads + ")"
                        : "same score and open leads, later partner id";
            };
            case SUSPENDED -> "suspended";
            case TYPE_EXCLUDED -> p.type == null ? "no partner type" : rule.typeExcluded[p.type.ordinal()];
            case TIER_TOO_LOW -> p.tier == null ? "no tier" : rule.tierTooLow[p.tier.ordinal()];
            case SCORE_TOO_LOW -> "score " + p.scoreText + " below " + rule.minScoreText;
            case DECLINED_BEFORE -> "declined this lead before";
            case RECALLED_BEFORE -> "lead recalled from this partner before";
            case CAPACITY_FULL -> p.openLeads + (p.openLeads == 1 ? " open lead, cap " : " open leads, cap ") + rule.capacityCap;
        };
    }

    /** A 64-bit hash of the lead id: UUID.hashCode folds to 32 bits and keeps version bits, which would skew the draw. */
    static long drawSeed(UUID leadId) {
        return splitMix64(leadId.getMostSignificantBits() ^ splitMix64(leadId.getLeastSignificantBits()));
    }

    private static long splitMix64(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Rule compile(RoutingRuleSpec spec) {
        Objects.requireNonNull(spec.strategy(), () -> "rule " + spec.id() + " has no strategy");
        var countries = new TreeSet<Integer>();
        for (var country : orEmpty(spec.countries())) if (country != null) countries.add(countryCodes.get(upper(country)));
        boolean[] regions = null;
        for (var region : orEmpty(spec.regions())) {
            if (region == null) continue;
            if (regions == null) regions = new boolean[regionCodes.size()];
            regions[regionCodes.get(lower(region))] = true;
        }
        var prefixes = new ArrayList<String>();
        for (var prefix : spec.postalPrefixes() == null ? List.<String>of() : spec.postalPrefixes()) {
            if (prefix != null) prefixes.add(postalCode(prefix));
        }

        boolean[] countryFlags = null;
        Partner[][] territory = null;
        if (!countries.isEmpty()) {
            countryFlags = new boolean[countryCodes.size()];
            for (int country : countries) countryFlags[country] = true;
            // merged once here rather than per lead: a multi-country rule sees the same territory every time
            territory = new Partner[PRODUCT_LINES][];
            for (int line = 0; line < PRODUCT_LINES; line++) {
                var inTerritory = new ArrayList<Partner>();
                for (int country : countries) inTerritory.addAll(Arrays.asList(partnersByCountry[country][line]));
                territory[line] = sortedById(inTerritory);
            }
        }
        return new Rule(spec, countryFlags, regions, prefixes.isEmpty() ? null : prefixes.toArray(String[]::new), territory);
    }

    /** The number of a country or region, numbering it when new. */
    private static int code(Map<String, Integer> codes, String name) {
        return codes.computeIfAbsent(name, n -> codes.size());
    }

    private static List<List<Partner>> emptyLists() {
        var lists = new ArrayList<List<Partner>>();
        for (int i = 0; i < PRODUCT_LINES; i++) lists.add(new ArrayList<>());
        return lists;
    }

    private static Partner[] sortedById(List<Partner> partners) {
        var array = partners.toArray(NONE);
        Arrays.sort(array, BY_ID);
        return array;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String postalCode(String s) {
        if (s == null) return null;
        var compact = s.indexOf(' ') < 0 ? s : s.replace(" ", "");
        return compact.strip().toUpperCase(Locale.ROOT);
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private record Pick(int index, long draw, long totalWeight) {}

    /** A partner with the state routing changes; the candidate record it was built from stays as given. */
    private static final class Partner {
        final PartnerCandidate candidate;
        final UUID id;
        final boolean active;
        final PartnerType type;
        final PartnerTier tier;
        final int tierOrdinal;
        final int weight;
        final double score;
        final String country;
        final String scoreText;
        final String tierText;
        /** the reasons most often given, prepared once: a batch passes over the same partners many times */
        final String notDrawnText;
        final String lowerScoreText;
        int openLeads;
        Instant lastOfferedAt;
        /** lastOfferedAt unpacked, because round robin compares it for every eligible candidate of every lead */
        long offeredSecond;
        int offeredNano;
        /** the sequence number of the lead being routed when that lead was declined by this partner or recalled from it */
        long declinedLead;
        long recalledLead;

        Partner(PartnerCandidate candidate) {
            this.candidate = candidate;
            this.id = candidate.id();
            this.active = candidate.active();
            this.type = candidate.type();
            this.tier = candidate.tier();
            this.tierOrdinal = tier == null ? -1 : tier.ordinal();
            // an untiered partner still takes part in a draw, with the lowest weight
            this.weight = Math.max(1, tierOrdinal + 1);
            this.score = candidate.score();
            this.country = upper(candidate.country());
            this.scoreText = twoDecimals(score);
            this.tierText = (tier == null ? "no tier" : tier.name()) + " weight " + weight;
            this.notDrawnText = "not drawn (" + tierText + ")";
            this.lowerScoreText = "lower score " + scoreText;
            this.openLeads = candidate.openLeads();
            if (candidate.lastOfferedAt() != null) setLastOffered(candidate.lastOfferedAt());
        }

        void offered(Instant at) {
            openLeads++;
            setLastOffered(at);
        }

        /** Never offered counts as earliest; see {@link RoutingStrategy#ROUND_ROBIN}. */
        boolean offeredBefore(Partner other) {
            if (lastOfferedAt == null) return other.lastOfferedAt != null;
            if (other.lastOfferedAt == null) return false;
            return offeredSecond < other.offeredSecond
                    || offeredSecond == other.offeredSecond && offeredNano < other.offeredNano;
        }

        private void setLastOffered(Instant at) {
            lastOfferedAt = at;
            offeredSecond = at.getEpochSecond();
            offeredNano = at.getNano();
        }
    }

    /** A rule with its criteria normalized and its reasons prepared once, since every lead walks the same rules. */
    private static final class Rule {
        static final String[] CRITERIA = {"country", "region", "postalCode", "productLine"};

        final RoutingRuleSpec spec;
        /** by country code, or null for any country */
        final boolean[] countries;
        /** by region code, or null for any region */
        final boolean[] regions;
        final String[] postalPrefixes;
        final boolean[] productLines;
        final boolean[] partnerTypes;
        final int minTier;
        final double minScore;
        final int capacityCap;
        /** by product line ordinal, or null when the territory is the lead's own country */
        final Partner[][] territory;
        final RuleTrace[] notMatching = new RuleTrace[CRITERIA.length];
        /** by product line ordinal; the last for a lead without product line */
        final RuleTrace[] noPartnerSells = new RuleTrace[ProductLine.values().length + 1];
        final String[] typeExcluded = new String[PartnerType.values().length];
        final String[] tierTooLow = new String[PartnerTier.values().length];
        final String minScoreText;

        Rule(RoutingRuleSpec spec, boolean[] countries, boolean[] regions, String[] postalPrefixes,
             Partner[][] territory) {
            this.spec = spec;
            this.countries = countries;
            this.regions = regions;
            this.postalPrefixes = postalPrefixes;
            this.productLines = flags(spec.productLines(), ProductLine.values().length);
            this.partnerTypes = flags(spec.partnerTypes(), PartnerType.values().length);
            this.minTier = spec.minTier() == null ? -1 : spec.minTier().ordinal();
            this.minScore = spec.minScore() == null ? Double.NEGATIVE_INFINITY : spec.minScore();
            this.capacityCap = spec.capacityCap() == null ? Integer.MAX_VALUE : spec.capacityCap();
            this.territory = territory;
            this.minScoreText = spec.minScore() == null ? "" : twoDecimals(spec.minScore());

            for (int i = 0; i < CRITERIA.length; i++) {
                notMatching[i] = new RuleTrace(spec.id(), spec.name(), RuleOutcome.NOT_MATCHING, CRITERIA[i]);
            }
            for (var line : ProductLine.values()) {
                noPartnerSells[line.ordinal()] = new RuleTrace(spec.id(), spec.name(), RuleOutcome.NO_ELIGIBLE_PARTNER,
                        "no partner in territory sells " + line);
            }
            noPartnerSells[ProductLine.values().length] = new RuleTrace(spec.id(), spec.name(),
                    RuleOutcome.NO_ELIGIBLE_PARTNER, "lead has no product line");
            if (partnerTypes != null) {
                var allowed = new ArrayList<String>();
                for (var type : PartnerType.values()) if (partnerTypes[type.ordinal()]) allowed.add(type.name());
                for (var type : PartnerType.values()) {
                    typeExcluded[type.ordinal()] = "type " + type + " not in " + String.join(", ", allowed);
                }
            }
            if (spec.minTier() != null) {
                for (var tier : PartnerTier.values()) tierTooLow[tier.ordinal()] = "tier " + tier + " below " + spec.minTier();
            }
        }

        /** The index in {@link #CRITERIA} of the first criterion the lead fails, or -1 when it matches. */
        int firstFailingCriterion(int country, int region, String postalCode, ProductLine line) {
            if (countries != null && (country < 0 || !countries[country])) return 0;
            if (regions != null && (region < 0 || !regions[region])) return 1;
            if (postalPrefixes != null && !startsWithAny(postalCode)) return 2;
            if (productLines != null && (line == null || !productLines[line.ordinal()])) return 3;
            return -1;
        }

        private boolean startsWithAny(String postalCode) {
            if (postalCode == null) return false;
            for (String prefix : postalPrefixes) if (postalCode.startsWith(prefix)) return true;
            return false;
        }

        private static <E extends Enum<E>> boolean[] flags(Set<E> values, int size) {
            if (values == null || values.isEmpty()) return null;
            var flags = new boolean[size];
            for (E value : values) flags[value.ordinal()] = true;
            return flags;
        }
    }
}
