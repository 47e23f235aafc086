package org.channelport.deals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.channelport.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Reading a registration from a request body (rule D1's channel side): bad input is a 400 problem, never a 500. */
class DealJsonTest {

    @Test
    void aNumeralLongerThanParssonsLimitIsReadSoThatRuleD1CanRefuseItAtItsField() {
        var digits = "9".repeat(1_101);

        var deal = DealJson.read(bytes("{\"lines\":[{\"productLine\":\"NETWORKING\",\"amount\":" + digits + "}]}"));

        assertThat(deal.typeProblems).isEmpty();
        assertThat(deal.lines.get(0).amount.precision()).isEqualTo(1_101);
    }

    @Test
    void deepNestingIsNotValidJson() {
        // read with or without Content-Type, the body gets rule P10's check: 32 levels at most
        for (var body : new String[]{"[".repeat(50_000), "{\"lines\":" + "[".repeat(50_000),
                "{\"lines\":" + "[".repeat(40) + "]".repeat(40) + "}"}) {
            var refused = catchThrowableOfType(DomainException.class, () -> DealJson.read(bytes(body)));

            assertThat(refused).as(body.substring(0, 12)).isNotNull();
            assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(refused.messageKey()).isEqualTo("error.jsonDepth");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
