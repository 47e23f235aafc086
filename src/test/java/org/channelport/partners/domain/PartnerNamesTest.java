package org.channelport.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule PA2's comparison keys. */
class PartnerNamesTest {

    @Test
    void namesCompareWithoutCasePunctuationAccentsAndLegalSuffixes() {
        assertThat(PartnerNames.normalizeName("ACME Networks, Inc.")).isEqualTo("acme networks");
        assertThat(PartnerNames.normalizeName("Acme  Networks GmbH")).isEqualTo("acme networks");
        assertThat(PartnerNames.normalizeName("Acmé Néetworks Ltd.")).isEqualTo("acme neetworks");
        assertThat(PartnerNames.normalizeName("Société Générale S.A.")).isEqualTo("societe generale s a");
    }

    @Test
    void aNameMadeOnlyOfALegalSuffixIsKept() {
        assertThat(PartnerNames.normalizeName("Co")).isEqualTo("co");
    }

    @Test
    void chineseNamesKeepTheirCharacters() {
        assertThat(PartnerNames.normalizeName("台灣網路 股份有限公司")).isEqualTo("台灣網路 股份有限公司");
    }

    @Test
    void taxIdsCompareWithoutSeparatorsOrCase() {
        assertThat(PartnerNames.normalizeTaxId("de 123-456.789")).isEqualTo("DE123456789");
        assertThat(PartnerNames.normalizeTaxId("DE123456789")).isEqualTo(PartnerNames.normalizeTaxId("de-123 456 789"));
    }
}
