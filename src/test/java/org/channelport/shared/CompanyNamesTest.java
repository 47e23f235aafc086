package org.channelport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared company-name keys (rules PA2, L2, D3). */
class CompanyNamesTest {

    @Test
    void namesCompareWithoutCasePunctuationAccentsAndLegalSuffixes() {
        assertThat(CompanyNames.normalizeName("ACME Networks, Inc.")).isEqualTo("acme networks");
        assertThat(CompanyNames.normalizeName("Acme  Networks GmbH")).isEqualTo("acme networks");
        assertThat(CompanyNames.normalizeName("Acmé Néetworks Ltd.")).isEqualTo("acme neetworks");
        assertThat(CompanyNames.normalizeName("Société Générale S.A.")).isEqualTo("societe generale s a");
    }

    @Test
    void aNameMadeOnlyOfALegalSuffixIsKept() {
        assertThat(CompanyNames.normalizeName("Co")).isEqualTo("co");
    }

    @Test
    void chineseNamesKeepTheirCharacters() {
        assertThat(CompanyNames.normalizeName("台灣網路 股份有限公司")).isEqualTo("台灣網路 股份有限公司");
    }

    @Test
    void taxIdsCompareWithoutSeparatorsOrCase() {
        assertThat(CompanyNames.normalizeTaxId("de 123-456.789")).isEqualTo("DE123456789");
        assertThat(CompanyNames.normalizeTaxId("DE123456789")).isEqualTo(CompanyNames.normalizeTaxId("de-123 456 789"));
    }
}
