package org.channelport.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.junit.jupiter.api.Test;

/** Rule O4: one price resolution, contract before list, the highest quantity break reached, valid that day. */
class PriceResolutionTest {
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-12-05");
    final UUID partner = UUID.randomUUID();

    static PriceList list(String name, PartnerTier tier, String currency, LocalDate from, LocalDate to, PriceBreak... prices) {
        return new PriceList(UUID.randomUUID(), name.toUpperCase().replace(' ', '-'), name, currency, tier, from, to, List.of(prices), NOW);
    }

    static BigDecimal q(String n) {
        return new BigDecimal(n);
    }

    @Test
    void theTiersListGivesTheHighestBreakReached() {
        var gold = list("Gold EUR", PartnerTier.GOLD, "EUR", DAY.minusDays(30), null,
                new PriceBreak("SW-24", 1, q("100.00")), new PriceBreak("SW-24", 10, q("95.00")),
                new PriceBreak("SW-24", 100, q("90.00")));
        var silver = list("Silver EUR", PartnerTier.SILVER, "EUR", DAY.minusDays(30), null,
                new PriceBreak("SW-24", 1, q("110.00")));
        var lists = List.of(gold, silver);

        assertThat(resolve("sw-24", PartnerTier.GOLD, "EUR", "9", lists)).get()
                .satisfies(p -> assertThat(p.unitPrice()).isEqualByComparingTo("100.00"));
        assertThat(resolve("SW-24", PartnerTier.GOLD, "EUR", "10", lists)).get()
                .satisfies(p -> {
                    assertThat(p.unitPrice()).isEqualByComparingTo("95.00");
                    assertThat(p.source()).isEqualTo(PriceSource.PRICE_LIST);
                    assertThat(p.sourceName()).isEqualTo("Gold EUR");
                    assertThat(p.fromQuantity()).isEqualTo(10);
                });
        assertThat(resolve("SW-24", PartnerTier.GOLD, "EUR", "500", lists)).get()
                .extracting(ResolvedPrice::unitPrice).isEqualTo(q("90.00"));
        assertThat(resolve("SW-24", PartnerTier.SILVER, "EUR", "500", lists)).as("silver never gets gold's")
                .get().extracting(ResolvedPrice::unitPrice).isEqualTo(q("110.00"));
    }

    @Test
    void aTierWithoutThePriceFallsBackToLowerTiersNeverHigher() {
        var base = list("Base USD", PartnerTier.REGISTERED, "USD", DAY, null, new PriceBreak("SW-24", 1, q("120")));
        var platinum = list("Platinum USD", PartnerTier.PLATINUM, "USD", DAY, null, new PriceBreak("SW-24", 1, q("80")));
        assertThat(resolve("SW-24", PartnerTier.GOLD, "USD", "1", List.of(base, platinum))).get()
                .extracting(ResolvedPrice::sourceName).isEqualTo("Base USD");
        assertThat(resolve("SW-24", PartnerTier.GOLD, "EUR", "1", List.of(base, platinum)))
                .as("no list in that currency").isEmpty();
        assertThat(resolve("SW-99", PartnerTier.PLATINUM, "USD", "1", List.of(base, platinum)))
                .as("a product no list prices").isEmpty();
    }

    @Test
    void onlyListsValidThatDayCountAndTheLatestWins() {
        var old = list("2026", PartnerTier.GOLD, "EUR", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-04"),
                new PriceBreak("SW-24", 1, q("100")));
        var current = list("Winter", PartnerTier.GOLD, "EUR", LocalDate.parse("2026-12-05"), null,
                new PriceBreak("SW-24", 1, q("99")));
        var future = list("2027", PartnerTier.GOLD, "EUR", LocalDate.parse("2027-01-01"), null,
                new PriceBreak("SW-24", 1, q("97")));
        var overlapping = list("Autumn", PartnerTier.GOLD, "EUR", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"),
                new PriceBreak("SW-24", 1, q("98")));
        assertThat(resolve("SW-24", PartnerTier.GOLD, "EUR", "1", List.of(old, current, future, overlapping))).get()
                .extracting(ResolvedPrice::sourceName).as("of two valid lists the one that started last").isEqualTo("Winter");
        assertThat(PriceResolution.resolve("SW-24", partner, PartnerTier.GOLD, "EUR", q("1"), LocalDate.parse("2026-12-04"),
                List.of(), List.of(old, current, future))).get().extracting(ResolvedPrice::sourceName)
                .as("the last day of a list is still its day").isEqualTo("2026");
    }

    @Test
    void theContractOverridesTheListFromItsBreakOn() {
        var gold = list("Gold EUR", PartnerTier.GOLD, "EUR", DAY.minusDays(1), null, new PriceBreak("SW-24", 1, q("100")));
        var contract = new ContractPrice(UUID.randomUUID(), partner, "SW-24", "EUR", 50, q("85.5"), DAY, DAY.plusDays(90), NOW);
        var others = new ContractPrice(UUID.randomUUID(), UUID.randomUUID(), "SW-24", "EUR", 1, q("1"), DAY, null, NOW);
        var expired = new ContractPrice(UUID.randomUUID(), partner, "SW-24", "EUR", 1, q("70"), DAY.minusDays(60),
                DAY.minusDays(1), NOW);
        var contracts = List.of(contract, others, expired);

        assertThat(PriceResolution.resolve("SW-24", partner, PartnerTier.GOLD, "EUR", q("49"), DAY, contracts, List.of(gold)))
                .get().satisfies(p -> {
                    assertThat(p.source()).as("below the contract's break: the list").isEqualTo(PriceSource.PRICE_LIST);
                    assertThat(p.unitPrice()).isEqualByComparingTo("100");
                });
        assertThat(PriceResolution.resolve("SW-24", partner, PartnerTier.GOLD, "EUR", q("50"), DAY, contracts, List.of(gold)))
                .get().satisfies(p -> {
                    assertThat(p.source()).isEqualTo(PriceSource.CONTRACT);
                    assertThat(p.sourceId()).isEqualTo(contract.id());
                    assertThat(p.unitPrice()).isEqualByComparingTo("85.5");
                });
        assertThat(PriceResolution.resolve("SW-24", partner, PartnerTier.GOLD, "USD", q("50"), DAY, contracts, List.of(gold)))
                .as("a contract in another currency does not apply").isEmpty();
    }

    private java.util.Optional<ResolvedPrice> resolve(String sku, PartnerTier tier, String currency, String quantity,
                                                      List<PriceList> lists) {
        return PriceResolution.resolve(sku, partner, tier, currency, q(quantity), DAY, List.of(), lists);
    }
}
