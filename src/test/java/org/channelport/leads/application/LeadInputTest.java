package org.channelport.leads.application;

import org.channelport.shared.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** Rule L1: what a new lead must look like, whatever the channel. */
class LeadInputTest {

    private static NewLeadCommand complete() {
        return new NewLeadCommand("Brandt Logistik GmbH", "Jonas Brandt", "j.brandt@brandt-logistik.example",
                "+49 (40) 3344-120", "IT Manager", "DE", "Hamburg", "20457", ProductLine.NETWORKING,
                new BigDecimal("48000.50"), "EUR", "Trade fair", "Replaces 40 branch switches.");
    }

    private static NewLeadCommand minimal() {
        return new NewLeadCommand("Brandt Logistik GmbH", null, null, null, null, "DE", null, null,
                ProductLine.STORAGE, null, null, null, null);
    }

    private static List<String> keys(NewLeadCommand command) {
        return LeadInput.check(command).stream().map(FieldProblem::messageKey).toList();
    }

    private static List<String> fields(NewLeadCommand command) {
        return LeadInput.check(command).stream().map(FieldProblem::field).toList();
    }

    private static NewLeadCommand withEmail(String email) {
        var c = complete();
        return new NewLeadCommand(c.company(), c.contactName(), email, c.contactPhone(), c.contactTitle(),
                c.country(), c.region(), c.postalCode(), c.productLine(), c.estimatedValue(), c.currency(),
                c.source(), c.notes());
    }

    private static NewLeadCommand withPhone(String phone) {
        var c = complete();
        return new NewLeadCommand(c.company(), c.contactName(), c.contactEmail(), phone, c.contactTitle(),
                c.country(), c.region(), c.postalCode(), c.productLine(), c.estimatedValue(), c.currency(),
                c.source(), c.notes());
    }

    private static NewLeadCommand withValue(String value, String currency) {
        var c = complete();
        return new NewLeadCommand(c.company(), c.contactName(), c.contactEmail(), c.contactPhone(),
                c.contactTitle(), c.country(), c.region(), c.postalCode(), c.productLine(),
                value == null ? null : new BigDecimal(value), currency, c.source(), c.notes());
    }

    @Test
    void aCompleteLeadAndAMinimalLeadPass() {
        assertThat(LeadInput.check(complete())).isEmpty();
        assertThat(LeadInput.check(minimal())).isEmpty();
    }

    @Test
    void companyCountryAndProductLineAreRequired() {
        var empty = new NewLeadCommand(null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(LeadInput.check(empty)).containsExactly(
                new FieldProblem("company", "lead.company.required", "company is missing"),
                new FieldProblem("country", "lead.country.required", "country is missing"),
                new FieldProblem("productLine", "lead.productLine.required", "product line is missing"));
    }

    @Test
    void theCountryIsAKnownUpperCaseIsoCode() {
        var c = minimal();
        var unknown = new NewLeadCommand(c.company(), null, null, null, null, "UK", null, null, c.productLine(),
                null, null, null, null);
        assertThat(LeadInput.check(unknown)).containsExactly(new FieldProblem("country", "lead.country.unknown",
                "country 'UK' is not an ISO 3166 country code such as DE, US or TW"));
        var lowerCase = new NewLeadCommand(c.company(), null, null, null, null, "de", null, null, c.productLine(),
                null, null, null, null);
        assertThat(keys(lowerCase)).containsExactly("lead.country.unknown");
        assertThat(LeadInput.check(LeadInput.normalize(lowerCase))).isEmpty();
    }

    /** Rule P2: a message quotes at most an excerpt of the input, never its line breaks. */
    @Test
    void aMessageQuotesAShortExcerptOfTheInputWithoutLineBreaks() {
        var c = minimal();
        var pasted = "Line one of a pasted paragraph\r\nSet-Cookie: x=1 and a good deal more text after it";
        var command = new NewLeadCommand(c.company(), null, null, null, null, pasted, null, null, c.productLine(),
                null, null, null, null);
        var message = LeadInput.check(command).get(0).message();
        assertThat(message).doesNotContain("\r").doesNotContain("\n").doesNotContain("more text")
                .contains("'" + org.channelport.shared.TextInput.excerpt(pasted) + "'");
    }

    @Test
    void wellFormedEmailsPass() {
        for (var email : List.of("anna@example.com", "anna.maria+leads@sub.example.co.uk", "o'brien@x-y.example",
                "chen@例子.台灣")) {
            assertThat(LeadInput.check(withEmail(email))).as(email).isEmpty();
        }
    }

    @Test
    void malformedEmailsAreNamed() {
        for (var email : List.of("x@", "x@example", "@example.com", "a b@example.com", "a@b@example.com",
                "a@example..com", "a@.example.com", "a@example.com.", "a@example.com;b@example.com",
                "anna@example\u00A0.com")) {
            assertThat(keys(withEmail(email))).as(email).containsExactly("lead.email.invalid");
        }
        assertThat(LeadInput.check(withEmail("x@")).get(0).message()).isEqualTo("contact e-mail 'x@' is not valid");
    }

    @Test
    void anEmailOver254CharactersIsTooLongNotInvalid() {
        var email = "a".repeat(243) + "@example.com";
        assertThat(LeadInput.check(withEmail(email.substring(1)))).isEmpty();
        assertThat(LeadInput.check(withEmail(email))).containsExactly(new FieldProblem("contactEmail",
                "lead.tooLong", "contact e-mail is longer than 254 characters"));
    }

    @Test
    void phonesHaveDigitsAndPunctuationOnly() {
        for (var phone : List.of("+49 (40) 3344-120", "030/123.45.67", "0800 123 456")) {
            assertThat(LeadInput.check(withPhone(phone))).as(phone).isEmpty();
        }
        for (var phone : List.of("+1 555 1234 ext. 5", "call reception", "+", "--")) {
            assertThat(keys(withPhone(phone))).as(phone).containsExactly("lead.phone.invalid");
        }
        assertThat(keys(withPhone("1".repeat(41)))).containsExactly("lead.tooLong");
    }

    @Test
    void theEstimatedValueIsNotNegativeHasTwoDecimalsAndStaysBelowTenTrillion() {
        assertThat(LeadInput.check(withValue("0", "EUR"))).isEmpty();
        assertThat(LeadInput.check(withValue("1234.500", "EUR"))).as("trailing zeros").isEmpty();
        assertThat(LeadInput.check(withValue("9999999999999.99", "EUR"))).isEmpty();
        assertThat(keys(withValue("-1", "EUR"))).containsExactly("lead.value.negative");
        assertThat(keys(withValue("12.345", "EUR"))).containsExactly("lead.value.decimals");
        assertThat(keys(withValue("10000000000000", "EUR"))).containsExactly("lead.value.tooLarge");
    }

    @Test
    void aValueNeedsAKnownCurrency() {
        assertThat(LeadInput.check(withValue("100", "JPY"))).isEmpty();
        assertThat(LeadInput.check(withValue(null, "USD"))).as("a currency alone is harmless").isEmpty();
        assertThat(LeadInput.check(withValue(null, null))).isEmpty();
        assertThat(LeadInput.check(withValue("100", null))).containsExactly(new FieldProblem("currency",
                "lead.currency.required", "currency is missing (it is required with an estimated value)"));
        for (var currency : List.of("EURO", "eur", "ABC", "XXX", "XAU", "E1R")) {
            assertThat(keys(withValue("100", currency))).as(currency).containsExactly("lead.currency.invalid");
        }
    }

    @Test
    void everyTextHasItsMaximumLength() {
        var tooLong = new NewLeadCommand("c".repeat(201), "n".repeat(201), null, null, "t".repeat(101), "DE",
                "r".repeat(101), "p".repeat(21), ProductLine.CLOUD, null, null, "s".repeat(101), "x".repeat(4001));
        assertThat(fields(tooLong)).containsExactly("company", "contactName", "contactTitle", "region",
                "postalCode", "source", "notes");
        assertThat(keys(tooLong)).containsOnly("lead.tooLong");
        assertThat(LeadInput.check(tooLong).get(6).message()).isEqualTo("notes is longer than 4,000 characters");

        var atTheLimit = new NewLeadCommand("c".repeat(200), "n".repeat(200), null, null, "t".repeat(100), "DE",
                "r".repeat(100), "p".repeat(20), ProductLine.CLOUD, null, null, "s".repeat(100), "x".repeat(4000));
        assertThat(LeadInput.check(atTheLimit)).isEmpty();
    }

    @Test
    void problemsFollowTheOrderOfTheFieldsAndReadWellJoined() {
        var bad = new NewLeadCommand(null, null, "x@", null, null, "DE", null, null, ProductLine.CLOUD, null, null,
                null, null);
        assertThat(String.join("; ", LeadInput.check(bad).stream().map(FieldProblem::message).toList()))
                .isEqualTo("company is missing; contact e-mail 'x@' is not valid");
    }

    @Test
    void normalizeTrimsBlanksToNullAndFixesCase() {
        var raw = new NewLeadCommand("  Brandt Logistik GmbH\u00A0", " ", " J.Brandt@Brandt-Logistik.EXAMPLE ",
                "\t+49 40 3344 120 ", "", " de ", "\u200BHamburg", " 20457 ", ProductLine.NETWORKING,
                new BigDecimal("48000.50"), " eur ", null, "  line one\nline two  ");
        assertThat(LeadInput.normalize(raw)).isEqualTo(new NewLeadCommand("Brandt Logistik GmbH", null,
                "j.brandt@brandt-logistik.example", "+49 40 3344 120", null, "DE", "Hamburg", "20457",
                ProductLine.NETWORKING, new BigDecimal("48000.50"), "EUR", null, "line one\nline two"));
    }

    @Test
    void aLongValueIsShortenedInTheMessage() {
        var c = minimal();
        var pasted = new NewLeadCommand(c.company(), null, null, null, null, "D".repeat(500), null, null,
                c.productLine(), null, null, null, null);
        assertThat(LeadInput.check(pasted).get(0).message()).hasSizeLessThan(140).contains("D…");
    }
}
