package org.channelport.leads.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** The lead aggregate's own rules: offers and their deadlines (L10), working a lead (L11), holding (L9), keys (L2). */
class LeadLifecycleTest {
    static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    static LeadDetails details(String company, String email) {
        return new LeadDetails(company, "Ada Lovelace", email, "+49 30 1234", "CTO", "DE", "Berlin", "10115",
                ProductLine.NETWORKING, new BigDecimal("1000.00"), "EUR", "web", "notes");
    }

    /** A brand lead offered to PARTNER at T0 with a 48 h acceptance SLA, a 12 h reminder and a 72 h follow-up SLA. */
    static Lead offered() {
        var lead = Lead.intake(UUID.randomUUID(), details("Acme GmbH", "ada@acme.example"), "manager", T0);
        var decision = new RoutingDecision(lead.id(), PARTNER, "Partner A", UUID.randomUUID(), "DE", RoutingStrategy.ROUND_ROBIN,
                48, 72, null, List.of(), List.of(), 0);
        lead.offer(LeadAssignment.routed(lead.id(), decision, "{}", "manager", T0), Duration.ofHours(48),
                Duration.ofHours(12), 72);
        return lead;
    }

    @Test
    void aBrandLeadCarriesBothDeduplicationKeysAndWaitsUnassigned() {
        var lead = Lead.intake(UUID.randomUUID(), details("ACME gmbh.", "Ada@Acme.Example"), "manager", T0);
        assertThat(lead.status()).isEqualTo(LeadStatus.UNASSIGNED);
        assertThat(lead.dedupEmail()).isEqualTo("ada@acme.example");
        assertThat(lead.dedupCompany()).isEqualTo(Lead.companyKey("Acme GmbH", "de"));
    }

    @Test
    void aPartnersOwnLeadIsAcceptedAtOnceHasNoKeysAndIsNeverRecalled() {
        var lead = Lead.sourcedBy(UUID.randomUUID(), PARTNER, details("Own Co", "x@own.example"), "rep", T0);
        assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
        assertThat(lead.origin()).isEqualTo(LeadOrigin.PARTNER);
        assertThat(lead.dedupEmail()).isNull();
        assertThat(lead.recallDue(T0.plus(Duration.ofDays(365)))).isNull();
        assertThatThrownBy(() -> lead.offer(LeadAssignment.manual(lead.id(), OTHER, "B", "n", 48, "m", T0),
                Duration.ofHours(48), Duration.ofHours(12), 72)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anOfferSetsTheDeadlineAndAReminderBeforeIt() {
        var lead = offered();
        assertThat(lead.status()).isEqualTo(LeadStatus.OFFERED);
        assertThat(lead.acceptDueAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(lead.remindAt()).isEqualTo(T0.plus(Duration.ofHours(36)));
    }

    @Test
    void theReminderComesAtTheLatestHalfwayThroughAShortSla() {
        var lead = Lead.intake(UUID.randomUUID(), details("Short Co", null), "m", T0);
        lead.offer(LeadAssignment.manual(lead.id(), PARTNER, "A", "note", 4, "m", T0), Duration.ofHours(4),
                Duration.ofHours(12), 24);
        assertThat(lead.remindAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void onlyTheHoldingPartnerCanAcceptAndAnyoneElseGetsNotFound() {
        var lead = offered();
        assertThatThrownBy(() -> lead.accept(OTHER, "intruder", T0.plusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(lead.status()).isEqualTo(LeadStatus.OFFERED);
    }

    @Test
    void acceptingBeforeTheDeadlineStartsTheFollowUpClock() {
        var lead = offered();
        var at = T0.plus(Duration.ofHours(47));
        lead.accept(PARTNER, "rep", at);
        assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
        assertThat(lead.assignedUser()).isEqualTo("rep");
        assertThat(lead.followUpDueAt()).isEqualTo(at.plus(Duration.ofHours(72)));
        assertThat(lead.remindAt()).isNull();
    }

    @Test
    void acceptingAfterTheDeadlineIsRefusedSoTheRecallWins() {
        var lead = offered();
        assertThatThrownBy(() -> lead.accept(PARTNER, "rep", T0.plus(Duration.ofHours(48)).plusSeconds(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("lead.acceptWindowClosed");
                });
        assertThat(lead.status()).isEqualTo(LeadStatus.OFFERED);
    }

    @Test
    void recallIsDueOnlyAfterTheAcceptanceDeadlineOrTheFollowUpDeadline() {
        var lead = offered();
        assertThat(lead.recallDue(T0.plus(Duration.ofHours(48)))).isNull();
        assertThat(lead.recallDue(T0.plus(Duration.ofHours(48)).plusSeconds(1))).isEqualTo(AssignmentEnd.RECALLED_NOT_ACCEPTED);

        var accepted = offered();
        accepted.accept(PARTNER, "rep", T0.plusSeconds(10));
        assertThat(accepted.recallDue(T0.plus(Duration.ofHours(60)))).isNull();
        assertThat(accepted.recallDue(T0.plus(Duration.ofHours(73)))).isEqualTo(AssignmentEnd.RECALLED_NOT_WORKED);
    }

    @Test
    void anUpdateRestartsTheFollowUpClock() {
        var lead = offered();
        lead.accept(PARTNER, "rep", T0);
        var later = T0.plus(Duration.ofHours(70));
        lead.updateStatus(PARTNER, LeadStatus.CONTACTED, "called", null, later);
        assertThat(lead.followUpDueAt()).isEqualTo(later.plus(Duration.ofHours(72)));
        assertThat(lead.recallDue(T0.plus(Duration.ofHours(73)))).isNull();
    }

    @Test
    void progressMovesForwardOnlyAndDisqualifyingNeedsAReason() {
        var lead = offered();
        assertThatThrownBy(() -> lead.updateStatus(PARTNER, LeadStatus.CONTACTED, null, null, T0))
                .as("not accepted yet").isInstanceOf(IllegalTransition.class);
        lead.accept(PARTNER, "rep", T0);
        lead.updateStatus(PARTNER, LeadStatus.QUALIFIED, "budget confirmed", null, T0.plusSeconds(1));
        assertThatThrownBy(() -> lead.updateStatus(PARTNER, LeadStatus.CONTACTED, null, null, T0.plusSeconds(2)))
                .as("backwards").isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> lead.updateStatus(PARTNER, LeadStatus.DISQUALIFIED, null, " ", T0.plusSeconds(3)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        lead.updateStatus(PARTNER, LeadStatus.DISQUALIFIED, null, "no budget after all", T0.plusSeconds(4));
        assertThat(lead.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(lead.followUpDueAt()).isNull();
        assertThatThrownBy(() -> lead.updateStatus(PARTNER, LeadStatus.QUALIFIED, null, null, T0.plusSeconds(5)))
                .as("final").isInstanceOf(IllegalTransition.class);
    }

    @Test
    void convertingRecordsTheOpportunityAndRefusesBadValuesAndPastDates() {
        var lead = offered();
        lead.accept(PARTNER, "rep", T0);
        var today = LocalDate.of(2026, 11, 30);
        assertThatThrownBy(() -> lead.convert(PARTNER, new BigDecimal("-1"), "EUR", today, null, today, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("opportunityValue"));
        assertThatThrownBy(() -> lead.convert(PARTNER, new BigDecimal("10.005"), "EUR", today, null, today, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("opportunityValue"));
        assertThatThrownBy(() -> lead.convert(PARTNER, BigDecimal.TEN, "euro", today, null, today, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> lead.convert(PARTNER, BigDecimal.TEN, "EUR", today.minusDays(1), null, today, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("expectedCloseDate"));
        assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);

        lead.convert(PARTNER, new BigDecimal("25000.50"), "EUR", today, "signed", today, T0);
        assertThat(lead.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(lead.opportunityValue()).isEqualByComparingTo("25000.50");
        assertThat(lead.expectedCloseDate()).isEqualTo(today);
        assertThat(lead.recallDue(T0.plus(Duration.ofDays(30)))).isNull();
    }

    @Test
    void declineNeedsAReasonAndAnOffer() {
        var lead = offered();
        assertThatThrownBy(() -> lead.requireDeclinable(PARTNER, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        lead.requireDeclinable(PARTNER, "not our region");
        lead.accept(PARTNER, "rep", T0);
        assertThatThrownBy(() -> lead.requireDeclinable(PARTNER, "changed my mind")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void releasingFreesTheLeadForRoutingAndForgetsTheHolder() {
        var lead = offered();
        lead.release(T0.plusSeconds(5));
        assertThat(lead.status()).isEqualTo(LeadStatus.UNASSIGNED);
        assertThat(lead.partnerId()).isNull();
        assertThat(lead.currentAssignmentId()).isNull();
        assertThat(lead.recallDue(T0.plus(Duration.ofDays(10)))).isNull();
    }

    @Test
    void anAssignmentEndsOnce() {
        var assignment = LeadAssignment.manual(UUID.randomUUID(), PARTNER, "A", "note", 48, "m", T0);
        assignment.end(AssignmentEnd.DECLINED, "no", T0.plusSeconds(1));
        assertThatThrownBy(() -> assignment.end(AssignmentEnd.RECALLED_NOT_ACCEPTED, "late", T0.plusSeconds(2)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(assignment.endReason()).isEqualTo(AssignmentEnd.DECLINED);
    }

    @Test
    void performanceScoreIsTheMeanOfAcceptanceAndConversionAndNeutralWithoutHistory() {
        assertThat(PartnerPerformance.none(PARTNER).score()).isEqualTo(0.5);
        var p = new PartnerPerformance(PARTNER, 10, 6, 4, 2, 3, null);
        assertThat(p.acceptanceRate()).isEqualTo(0.6);
        assertThat(p.conversionRate()).isEqualTo(0.5);
        assertThat(p.score()).isEqualTo(0.55);
        assertThat(new PartnerPerformance(PARTNER, 3, 0, 3, 3, 0, null).score()).isZero();
    }

    @Test
    void ruleDefinitionsAreCheckedFieldByField() {
        var ok = new RoutingRule.RuleDefinition("DACH", Set.of("de", "AT"), Set.of("Bavaria"), List.of("80 3"),
                Set.of(ProductLine.CLOUD), Set.of(), null, new BigDecimal("0.4"), RoutingStrategy.BEST_SCORE, 10, 48, 72);
        var rule = RoutingRule.create(ok, 10, T0);
        assertThat(rule.spec().countries()).containsExactlyInAnyOrder("DE", "AT");
        assertThat(rule.spec().regions()).containsExactly("bavaria");
        assertThat(rule.spec().postalPrefixes()).containsExactly("803");
        assertThat(rule.spec().minScore()).isEqualTo(0.4);

        record Case(RoutingRule.RuleDefinition definition, String field) {}
        for (var c : List.of(
                new Case(new RoutingRule.RuleDefinition(" ", null, null, null, null, null, null, null, RoutingStrategy.ROUND_ROBIN, null, 48, 72), "name"),
                new Case(new RoutingRule.RuleDefinition("x", Set.of("XX"), null, null, null, null, null, null, RoutingStrategy.ROUND_ROBIN, null, 48, 72), "countries"),
                new Case(new RoutingRule.RuleDefinition("x", null, null, List.of("8*"), null, null, null, null, RoutingStrategy.ROUND_ROBIN, null, 48, 72), "postalPrefixes"),
                new Case(new RoutingRule.RuleDefinition("x", null, null, null, null, null, null, null, null, null, 48, 72), "strategy"),
                new Case(new RoutingRule.RuleDefinition("x", null, null, null, null, null, null, new BigDecimal("1.5"), RoutingStrategy.BEST_SCORE, null, 48, 72), "minScore"),
                new Case(new RoutingRule.RuleDefinition("x", null, null, null, null, null, null, null, RoutingStrategy.ROUND_ROBIN, 0, 48, 72), "capacityCap"),
                new Case(new RoutingRule.RuleDefinition("x", null, null, null, null, null, null, null, RoutingStrategy.ROUND_ROBIN, null, 0, 72), "acceptSlaHours"),
                new Case(new RoutingRule.RuleDefinition("x", null, null, null, null, null, null, null, RoutingStrategy.ROUND_ROBIN, null, 48, 99999), "followUpSlaHours"))) {
            assertThatThrownBy(() -> RoutingRule.create(c.definition(), 10, T0)).as(c.field())
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo(c.field()));
        }
    }
}
