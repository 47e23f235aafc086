package org.channelport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forms start in the currency of the partner's country (issue 10); a country without one starts with none. */
class CountriesTest {
    @Test
    void a_country_pays_in_its_own_currency() {
        assertThat(Countries.currency("TW")).contains("TWD");
        assertThat(Countries.currency("CN")).contains("CNY");
        assertThat(Countries.currency("DE")).contains("EUR");
        assertThat(Countries.currency("US")).contains("USD");
    }

    @Test
    void an_unknown_code_or_a_place_without_currency_has_none() {
        assertThat(Countries.currency("AQ")).isEmpty();
        assertThat(Countries.currency("XX")).isEmpty();
        assertThat(Countries.currency("tw")).isEmpty();
        assertThat(Countries.currency(null)).isEmpty();
    }
}
