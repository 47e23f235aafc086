package org.channelport.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule D3's keys and name measure. */
class CustomerKeysTest {
    @ParameterizedTest
    @CsvSource({"https://www.Example.com/contact?x=1, example.com", "Example.COM., example.com",
            "http://user@shop.example.co.uk:8443/a, shop.example.co.uk", "münchen.de, xn--mnchen-3ya.de",
            "WWW.acme.io, acme.io"})
    void domainsAreReducedToTheHost(String input, String expected) {
        assertThat(CustomerKeys.domain(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"localhost", "not a domain", "exa_mple.com", "-bad.com", "'<script>.com'", "a..b"})
    void nonDomainsAreRefused(String input) {
        assertThat(CustomerKeys.domain(input)).isNull();
    }

    @Test
    void namesIgnoreLegalSuffixesCasePunctuationAndAccents() {
        assertThat(CustomerKeys.matchName("Müller-Lüdenscheidt GmbH")).isEqualTo(CustomerKeys.matchName("MULLER LUDENSCHEIDT"));
        assertThat(CustomerKeys.matchName("ACME, Inc.")).isEqualTo("acme");
        assertThat(CustomerKeys.taxId("de 123.456-789")).isEqualTo("DE123456789");
        assertThat(CustomerKeys.taxId(" - ")).isNull();
    }

    @Test
    void matchNamesLeaveOutWhatACompanyDoes() {
        assertThat(CustomerKeys.matchName("Acme Group Holdings GmbH")).isEqualTo("acme");
        assertThat(CustomerKeys.matchName("The ACME Systems, Inc.")).isEqualTo("acme");
        assertThat(CustomerKeys.matchName("Blue Logistics")).isEqualTo("blue logistics");
        assertThat(CustomerKeys.matchName("Global Systems Ltd")).as("nothing but generic words").isEqualTo("global systems");
    }

    @Test
    void nameBlocksMeetDespiteATypoAndStayInTheCountry() {
        var original = CustomerKeys.nameKeys("DE", CustomerKeys.matchName("Reykjavik Fisheries"));
        assertThat(original).containsExactly("DE|p|fish", "DE|p|reyk", "DE|s|avik", "DE|s|ries");
        var typo = CustomerKeys.nameKeys("DE", CustomerKeys.matchName("Reikjavik Fisheries"));
        assertThat(typo).containsAnyElementsOf(original);
        var earlyTypo = CustomerKeys.nameKeys("DE", CustomerKeys.matchName("Rekyjavik"));
        assertThat(earlyTypo).as("a typo in the first letters of a long word").containsAnyElementsOf(original);
        assertThat(CustomerKeys.nameKeys("AT", CustomerKeys.matchName("Reykjavik Fisheries")))
                .doesNotContainAnyElementsOf(original);
        assertThat(CustomerKeys.nameKeys("DE", "ab")).containsExactly("DE|n|ab");
        assertThat(CustomerKeys.nameKeys("DE", "ab c")).containsExactly("DE|n|ab c");
        assertThat(CustomerKeys.nameKeys("DE", "ibm s a")).as("initials block nothing").containsExactly("DE|p|ibm");
        assertThat(Trigrams.probe("acme holdings").similarity("holdings, acme!")).isEqualTo(1.0);
    }

    @Test
    void trigramSimilarityFollowsPgTrgm() {
        // Values computed by PostgreSQL 15's pg_trgm: similarity('acme holdings', 'acme holding') = 0.8,
        // similarity('word', 'two words') = 0.36363637, similarity('acme', 'globex') = 0.
        assertThat(Trigrams.similarity("acme holdings", "acme holdings")).isEqualTo(1.0);
        assertThat(Trigrams.similarity("acme holdings", "acme holding")).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Trigrams.similarity("word", "two words")).isCloseTo(0.363636, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Trigrams.similarity("acme", "globex")).isZero();
        assertThat(Trigrams.similarity("", "acme")).isZero();
    }
}
