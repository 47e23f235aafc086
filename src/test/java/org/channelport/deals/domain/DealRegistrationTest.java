package org.channelport.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** The registration's lifecycle: rules D2, D6, D7, D8. */
class DealRegistrationTest {
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    final UUID partner = UUID.randomUUID();

    static DealDetails details(String company, BigDecimal... amounts) {
        var lines = new java.util.ArrayList<DealLine>();
        var values = ProductLine.values();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new DealLine(values[i], "products " + i, amounts[i]));
        }
        return new DealDetails(company, "acme.example", "DE", "Bavaria", "DE-123 456", "Ada", "ada@acme.example",
                "+49 89 1", lines, "USD", TODAY.plusDays(30), DealStage.PROPOSAL, "Rival", "notes");
    }

    DealRegistration submitted(ConflictLevel level, BigDecimal... amounts) {
        var deal = DealRegistration.draft(UUID.randomUUID(), 1001, partner, null, details("Acme GmbH", amounts), "p", NOW);
        deal.submit(partner, level, NOW);
        return deal;
    }

    @Test
    void aDraftKeepsItsKeysAndTotalAndGoesToReviewClearOrHeld() {
        var deal = DealRegistration.draft(UUID.randomUUID(), 1001, partner, null,
                details("Acme GmbH", new BigDecimal("100.50"), new BigDecimal("200.25")), "p", NOW);
        assertThat(deal.status()).isEqualTo(DealStatus.DRAFT);
        assertThat(deal.estimatedValue()).isEqualByComparingTo("300.75");
        assertThat(deal.matchName()).isEqualTo("acme");
        assertThat(deal.taxKey()).isEqualTo("DE123456");
        assertThat(deal.productLineSet()).containsExactly(ProductLine.NETWORKING, ProductLine.STORAGE);
        deal.submit(partner, ConflictLevel.NONE, NOW);
        assertThat(deal.status()).isEqualTo(DealStatus.SUBMITTED);
        assertThat(submitted(ConflictLevel.FUZZY, BigDecimal.TEN).status()).isEqualTo(DealStatus.HELD);
        assertThat(submitted(ConflictLevel.EXACT, BigDecimal.TEN).status()).isEqualTo(DealStatus.HELD);
    }

    @Test
    void d2_onlyTheOwnerEditsAndOnlyADraftOrAfterAQuestion() {
        var deal = submitted(ConflictLevel.NONE, BigDecimal.TEN);
        assertThatThrownBy(() -> deal.edit(partner, details("Other", BigDecimal.ONE), NOW))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("submitted");
        deal.requestInformation("manager", "Which site?", NOW);
        assertThat(deal.status()).isEqualTo(DealStatus.INFO_REQUESTED);
        assertThat(deal.decisionNote()).isEqualTo("Which site?");
        assertThatThrownBy(() -> deal.edit(UUID.randomUUID(), details("Other", BigDecimal.ONE), NOW))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        deal.edit(partner, details("Acme Munich GmbH", BigDecimal.ONE), NOW);
        deal.submit(partner, ConflictLevel.NONE, NOW);
        assertThat(deal.status()).isEqualTo(DealStatus.SUBMITTED);
        assertThat(deal.company()).isEqualTo("Acme Munich GmbH");
    }

    @Test
    void d6_aBigRegistrationNeedsTwoDifferentManagers() {
        var deal = submitted(ConflictLevel.NONE, new BigDecimal("300000"));
        assertThat(deal.approve("manager", true, 60, TODAY, NOW)).isFalse();
        assertThat(deal.status()).isEqualTo(DealStatus.AWAITING_SECOND_APPROVAL);
        assertThat(deal.firstApprover()).isEqualTo("manager");
        assertThatThrownBy(() -> deal.approve("manager", true, 60, TODAY, NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("another channel manager");
        assertThat(deal.status()).isEqualTo(DealStatus.AWAITING_SECOND_APPROVAL);
        assertThat(deal.approve("director", true, 60, TODAY, NOW)).isTrue();
        assertThat(deal.status()).isEqualTo(DealStatus.APPROVED);
        assertThat(deal.decidedBy()).isEqualTo("director");
    }

    @Test
    void d6_protectionCountsTheDayOfApproval() {
        var deal = submitted(ConflictLevel.NONE, BigDecimal.TEN);
        assertThat(deal.approve("manager", false, 90, TODAY, NOW)).isTrue();
        assertThat(deal.protectedFrom()).isEqualTo(TODAY);
        assertThat(deal.protectedUntil()).isEqualTo(TODAY.plusDays(89));
        assertThatThrownBy(() -> deal.approve("director", false, 90, TODAY, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> deal.reject("director", "no", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void d2_aQuestionResetsAFirstApproval() {
        var deal = submitted(ConflictLevel.NONE, new BigDecimal("300000"));
        deal.approve("manager", true, 60, TODAY, NOW);
        deal.requestInformation("director", "Which site?", NOW);
        deal.submit(partner, ConflictLevel.NONE, NOW);
        // The first approval of the earlier round no longer counts: the same manager may approve first again.
        assertThat(deal.approve("manager", true, 60, TODAY, NOW)).isFalse();
        assertThat(deal.status()).isEqualTo(DealStatus.AWAITING_SECOND_APPROVAL);
    }

    @Test
    void d7_oneExtensionRemindersAndExpiry() {
        var deal = submitted(ConflictLevel.NONE, BigDecimal.TEN);
        assertThatThrownBy(() -> deal.requestExtension(partner, "more time", NOW)).isInstanceOf(IllegalTransition.class);
        deal.approve("manager", false, 60, TODAY, NOW);
        var end = TODAY.plusDays(59);
        assertThat(deal.reminderDue(end.minusDays(15), 14)).isFalse();
        assertThat(deal.reminderDue(end.minusDays(14), 14)).isTrue();
        deal.reminded(NOW);
        assertThat(deal.reminderDue(end, 14)).isFalse();
        deal.requestExtension(partner, "customer board meets in March", NOW);
        assertThatThrownBy(() -> deal.requestExtension(partner, "again", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("already");
        deal.decideExtension(true, 30, NOW);
        assertThat(deal.protectedUntil()).isEqualTo(end.plusDays(30));
        assertThat(deal.extensionStatus()).isEqualTo(ExtensionStatus.APPROVED);
        assertThat(deal.reminderDue(end.plusDays(30).minusDays(14), 14)).as("a new reminder after an extension").isTrue();
        assertThatThrownBy(() -> deal.requestExtension(partner, "third", NOW)).isInstanceOf(DomainException.class);
        assertThat(deal.expireIfDue(end.plusDays(30), NOW)).as("the last day is still protected").isFalse();
        assertThat(deal.expireIfDue(end.plusDays(31), NOW)).isTrue();
        assertThat(deal.status()).isEqualTo(DealStatus.EXPIRED);
        assertThat(deal.status().isActive()).isFalse();
    }

    @Test
    void d8_closingWonOrLostEndsTheRegistration() {
        var won = submitted(ConflictLevel.NONE, BigDecimal.TEN);
        assertThatThrownBy(() -> won.closeWon(partner, BigDecimal.ONE, NOW)).isInstanceOf(IllegalTransition.class);
        won.approve("manager", false, 60, TODAY, NOW);
        assertThatThrownBy(() -> won.closeWon(UUID.randomUUID(), BigDecimal.ONE, NOW))
                .isInstanceOf(DomainException.class);
        won.closeWon(partner, new BigDecimal("9.50"), NOW);
        assertThat(won.status()).isEqualTo(DealStatus.WON);
        assertThat(won.closedAmount()).isEqualByComparingTo("9.50");
        var lost = submitted(ConflictLevel.NONE, BigDecimal.TEN);
        lost.approve("manager", false, 60, TODAY, NOW);
        lost.closeLost(partner, "price", NOW);
        assertThat(lost.status()).isEqualTo(DealStatus.LOST);
        assertThat(List.of(DealStatus.WON, DealStatus.LOST, DealStatus.EXPIRED, DealStatus.REJECTED))
                .noneMatch(DealStatus::isActive).allMatch(DealStatus::isFinal);
    }
}
