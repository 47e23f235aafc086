package org.channelport.leads.domain;

/** How a rule picks one partner among the eligible candidates (rule L4). Every strategy is deterministic. */
public enum RoutingStrategy {
    /** The candidate offered a lead longest ago (never offered first); ties by partner id. */
    ROUND_ROBIN,
    /** A draw weighted by tier (REGISTERED 1, SILVER 2, GOLD 3, PLATINUM 4), seeded by the lead id: same lead, same pick. */
    WEIGHTED_TIER,
    /** The highest performance score; ties by fewer open leads, then partner id. */
    BEST_SCORE
}
