package org.channelport.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rule O2: a GTIN is 13 or 14 digits whose last is the GS1 check digit. */
class GtinTest {
    @Test
    void realGtinsPassAndKeyAsFourteenDigits() {
        // 4006381333931: GS1's own worked example of an EAN-13
        assertThat(Gtin.parse("4006381333931")).get().extracting(Gtin::key).isEqualTo("04006381333931");
        assertThat(Gtin.parse("10012345678902")).get().extracting(Gtin::key).isEqualTo("10012345678902");
        assertThat(Gtin.parse("471-2345-678900")).as("hyphens as printed").get().extracting(Gtin::digits)
                .isEqualTo("4712345678900");
        assertThat(Gtin.parse("4006381333931").orElseThrow().key())
                .as("a GTIN-13 and its GTIN-14 form are one item")
                .isEqualTo(Gtin.parse("04006381333931").orElseThrow().key());
    }

    @Test
    void aWrongCheckDigitLengthOrCharacterIsRefused() {
        assertThat(Gtin.parse("4006381333932")).as("check digit off by one").isEmpty();
        assertThat(Gtin.parse("10012345678901")).isEmpty();
        assertThat(Gtin.parse("400638133393")).as("12 digits (a UPC-A is written as GTIN-13 here)").isEmpty();
        assertThat(Gtin.parse("400638133393100")).as("15 digits").isEmpty();
        assertThat(Gtin.parse("40063813339X1")).isEmpty();
        assertThat(Gtin.parse("")).isEmpty();
        assertThat(Gtin.parse(null)).isEmpty();
        assertThatThrownBy(() -> new Gtin("4006381333932")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckDigitWeighsFromTheRight() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtin.checkDigit("1001234567890")).isEqualTo(2);
        assertThat(Gtin.checkDigit("0001234567890")).isEqualTo(5);
    }
}
