package org.channelport.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** Rules D3 and D5 over candidates. */
class ConflictPolicyTest {
    final UUID me = UUID.randomUUID();
    final UUID other = UUID.randomUUID();
    final Set<ProductLine> mine = Set.of(ProductLine.NETWORKING, ProductLine.SECURITY);

    ConflictCandidate deal(UUID partner, MatchKind match, Set<ProductLine> lines, boolean isProtected) {
        return new ConflictCandidate(ConflictFinding.OtherType.DEAL, UUID.randomUUID(), partner, match,
                match.isExact() ? 1 : 0.7, lines, isProtected);
    }

    @Test
    void d3_onlyCandidatesSharingAProductLineConflict() {
        var verdict = ConflictPolicy.judge(me, mine, List.of(
                deal(other, MatchKind.DOMAIN, Set.of(ProductLine.STORAGE), true),
                deal(other, MatchKind.NAME, Set.of(ProductLine.CLOUD, ProductLine.SECURITY), false)), true);
        assertThat(verdict.level()).isEqualTo(ConflictLevel.FUZZY);
        assertThat(verdict.conflicts()).hasSize(1);
        assertThat(verdict.refused()).isFalse();
        assertThat(ConflictPolicy.judge(me, mine, List.of(), true).level()).isEqualTo(ConflictLevel.NONE);
    }

    @Test
    void d5_anExactMatchOnAnotherPartnersProtectedRegistrationIsRefusedUnlessThePolicyHolds() {
        var protectedElsewhere = List.of(deal(other, MatchKind.TAX_ID, Set.of(ProductLine.NETWORKING), true));
        assertThat(ConflictPolicy.judge(me, mine, protectedElsewhere, true).refused()).isTrue();
        var hold = ConflictPolicy.judge(me, mine, protectedElsewhere, false);
        assertThat(hold.refused()).isFalse();
        assertThat(hold.level()).isEqualTo(ConflictLevel.EXACT);
    }

    @Test
    void d5_ownDuplicatesFuzzyMatchesAndUnprotectedOnesAreHeldNotRefused() {
        var candidates = List.of(deal(me, MatchKind.DOMAIN, Set.of(ProductLine.NETWORKING), true),
                deal(other, MatchKind.NAME, Set.of(ProductLine.NETWORKING), true),
                deal(other, MatchKind.DOMAIN, Set.of(ProductLine.NETWORKING), false),
                new ConflictCandidate(ConflictFinding.OtherType.LEAD, UUID.randomUUID(), other, MatchKind.NAME, 0.9,
                        Set.of(ProductLine.SECURITY), false));
        var verdict = ConflictPolicy.judge(me, mine, candidates, true);
        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.level()).isEqualTo(ConflictLevel.EXACT);
        assertThat(verdict.conflicts()).hasSize(4);
    }
}
