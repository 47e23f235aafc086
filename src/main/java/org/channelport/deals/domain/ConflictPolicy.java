package org.channelport.deals.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.channelport.shared.ProductLine;

/**
 * Rules D3 and D5 over the repository's candidates: a candidate conflicts when it shares a product line with the
 * registration; the level is EXACT when any conflicting candidate has the same tax id or web domain, else FUZZY; the
 * submission is refused when the policy says so and an exact match is another partner's protected registration.
 */
public final class ConflictPolicy {
    private ConflictPolicy() {}

    public record Verdict(ConflictLevel level, List<ConflictCandidate> conflicts, boolean refused) {}

    public static Verdict judge(UUID partner, Set<ProductLine> lines, List<ConflictCandidate> candidates,
                                boolean refuseExactOnProtected) {
        var conflicts = candidates.stream()
                .filter(c -> c.productLines().stream().anyMatch(lines::contains))
                .toList();
        var level = conflicts.isEmpty() ? ConflictLevel.NONE
                : conflicts.stream().anyMatch(c -> c.match().isExact()) ? ConflictLevel.EXACT : ConflictLevel.FUZZY;
        boolean refused = refuseExactOnProtected && conflicts.stream().anyMatch(c -> blocksApproval(partner, c));
        return new Verdict(level, conflicts, refused);
    }

    /** Another partner's protected registration of the same customer (tax id or domain): nothing may compete with it. */
    public static boolean blocksApproval(UUID partner, ConflictCandidate c) {
        return c.type() == ConflictFinding.OtherType.DEAL && c.isProtected() && c.match().isExact()
                && !partner.equals(c.partnerId());
    }
}
