package org.channelport.deals.application;

import org.channelport.shared.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.channelport.deals.domain.DealStage;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** Rule D1 on every field. */
class DealInputTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final Set<String> CURRENCIES = Set.of("USD", "EUR");

    static DealCommand valid() {
        return new DealCommand("Acme GmbH", "https://www.acme.example/", "de", "Bavaria", "DE 123", "Ada",
                "Ada@Acme.example", "+49 89 1", List.of(new DealCommand.Line("networking", "Switches", new BigDecimal("1000.5"))),
                "usd", TODAY, "proposal", "Rival", "line 1\nline 2");
    }

    static List<String> fields(DealCommand c) {
        return DealInput.check(DealInput.normalize(c), TODAY, CURRENCIES).stream().map(FieldProblem::field)
                .toList();
    }

    static DealCommand with(DealCommand c, List<DealCommand.Line> lines, String currency, LocalDate close) {
        return new DealCommand(c.company(), c.webDomain(), c.country(), c.region(), c.taxId(), c.contactName(),
                c.contactEmail(), c.contactPhone(), lines, currency, close, c.stage(), c.competitor(), c.notes());
    }

    @Test
    void aValidRegistrationIsNormalizedIntoDetails() {
        var normalized = DealInput.normalize(valid());
        assertThat(DealInput.check(normalized, TODAY, CURRENCIES)).isEmpty();
        var details = DealInput.details(normalized);
        assertThat(details.webDomain()).isEqualTo("acme.example");
        assertThat(details.country()).isEqualTo("DE");
        assertThat(details.currency()).isEqualTo("USD");
        assertThat(details.contactEmail()).isEqualTo("ada@acme.example");
        assertThat(details.stage()).isEqualTo(DealStage.PROPOSAL);
        assertThat(details.lines().get(0).getProductLine()).isEqualTo(ProductLine.NETWORKING);
        assertThat(details.lines().get(0).getAmount()).isEqualByComparingTo("1000.50");
    }

    /**
     * An amount of 1e999999999 or of 1,100 digits is a field problem, never an exception: adding it to the total
     * would need a number of a billion digits (it was a 500 in the API).
     */
    @Test
    void anAstronomicalAmountIsTooLargeAtItsField() {
        for (var amount : List.of("1e999999999", "9".repeat(1_100), "1E+13", "10000000000000.00")) {
            var lines = List.of(new DealCommand.Line("NETWORKING", null, new BigDecimal(amount)),
                    new DealCommand.Line("STORAGE", null, new BigDecimal("10")));

            var problems = DealInput.check(DealInput.normalize(with(valid(), lines, "USD", TODAY)), TODAY, CURRENCIES);

            assertThat(problems).as(amount.substring(0, Math.min(12, amount.length())))
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].amount", "deal.amount.tooLarge"));
        }
    }

    @Test
    void everyProblemIsReportedAtItsField() {
        var bad = new DealCommand(" ", "not a domain", "XX", null, "--", "x".repeat(201), "ada@", "call me",
                List.of(new DealCommand.Line("BOATS", null, new BigDecimal("-1")),
                        new DealCommand.Line("STORAGE", null, new BigDecimal("1.005")),
                        new DealCommand.Line("STORAGE", null, null)),
                "XAU", TODAY.minusDays(1), "WON", null, "ok\u0000");
        assertThat(fields(bad)).containsExactly("company", "webDomain", "country", "taxId", "contactName",
                "contactEmail", "contactPhone", "lines[0].productLine", "lines[0].amount", "lines[1].amount",
                "lines[2].productLine", "lines[2].amount", "currency", "expectedCloseDate", "stage", "notes");
    }

    @Test
    void missingRequiredFields() {
        var empty = new DealCommand(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(empty)).containsExactly("company", "country", "lines", "currency", "expectedCloseDate",
                "stage");
    }

    @Test
    void linesAreBoundedAndTheTotalFitsTheColumn() {
        var eleven = new ArrayList<>(Collections.nCopies(11, new DealCommand.Line("CLOUD", null, BigDecimal.ONE)));
        assertThat(fields(with(valid(), eleven, "USD", TODAY))).containsExactly("lines");
        var huge = List.of(new DealCommand.Line("CLOUD", null, new BigDecimal("9999999999999")),
                new DealCommand.Line("STORAGE", null, new BigDecimal("1")));
        assertThat(fields(with(valid(), huge, "USD", TODAY))).containsExactly("lines");
        assertThat(fields(with(valid(), List.of(new DealCommand.Line("CLOUD", null, BigDecimal.ZERO)), "USD", TODAY)))
                .containsExactly("lines[0].amount");
        var nullLine = new ArrayList<DealCommand.Line>();
        nullLine.add(null);
        assertThat(fields(with(valid(), nullLine, "USD", TODAY))).containsExactly("lines[0].productLine",
                "lines[0].amount");
    }

    @Test
    void onlyConfiguredCurrenciesAndTodayOrLater() {
        assertThat(fields(with(valid(), valid().lines(), "GBP", TODAY))).containsExactly("currency");
        assertThat(fields(with(valid(), valid().lines(), "EUR", TODAY.plusYears(1)))).isEmpty();
    }
}
