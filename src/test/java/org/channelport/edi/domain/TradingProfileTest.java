package org.channelport.edi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule E5: a profile is checked by its standard's rules, every problem at its field; units between X12 and ours. */
class TradingProfileTest {

    private static List<String> fields(TradingProfile.Definition d) {
        return TradingProfile.problems(d).stream().map(FieldProblem::field).toList();
    }

    @Test
    @DisplayName("EDIFACT takes qualifiers of 1-4 and ids of up to 35 and acknowledges by CONTRL; X12 keeps ISA's "
            + "2 and 15 and the 997; an unknown standard or outbound document is named at its field")
    void eachStandardHasItsEnvelopeRules() {
        var gln = "5412345000013";
        var edifact = new TradingProfile.Definition("14", gln, "ZZZ", "CHANNELPORT", TradingProfile.Mode.TEST,
                TradingProfile.Acknowledgment.CONTRL, "EUR", List.of(), "EDIFACT");
        assertThat(fields(edifact)).isEmpty();
        assertThat(fields(new TradingProfile.Definition("14", gln, "ZZZ", "CHANNELPORT", TradingProfile.Mode.TEST,
                TradingProfile.Acknowledgment.X997, "EUR", List.of(), "EDIFACT"))).containsExactly("functionalAck");
        assertThat(fields(new TradingProfile.Definition("14", gln, "ZZZ", "CHANNELPORT", TradingProfile.Mode.TEST,
                TradingProfile.Acknowledgment.CONTRL, "EUR", List.of("855", "999"), "X12")))
                .as("X12: ZZZ and a 13-character id are fine, a qualifier of 3 is not; CONTRL is not X12's")
                .containsExactly("ourQualifier", "functionalAck", "outbound[1]");
        assertThat(fields(new TradingProfile.Definition("ZZ", "A", "ZZ", "B", TradingProfile.Mode.TEST,
                TradingProfile.Acknowledgment.NONE, "EUR", List.of(), "TRADACOMS"))).contains("standard");
        assertThat(fields(new TradingProfile.Definition("ZZ", "X".repeat(16), "ZZ", "B", TradingProfile.Mode.TEST,
                TradingProfile.Acknowledgment.X997, "EUR", List.of()))).as("X12 by default").containsExactly("partnerCode");
    }

    @Test
    @DisplayName("Units: X12's codes are read into ours and ours written as X12's, the shared ones unchanged")
    void unitsMapBothWays() {
        assertThat(X12Units.fromX12("KG")).isEqualTo("KGM");
        assertThat(X12Units.fromX12("EA")).isEqualTo("EA");
        assertThat(X12Units.fromX12(null)).isNull();
        assertThat(X12Units.toX12("C62")).isEqualTo("EA");
        assertThat(X12Units.toX12("LTR")).isEqualTo("LT");
        assertThat(X12Units.toX12("PK")).isEqualTo("PK");
        for (var ours : List.of("KGM", "MTR", "LTR", "HUR", "MON", "ANN", "SET")) {
            assertThat(X12Units.fromX12(X12Units.toX12(ours))).as(ours).isEqualTo(ours);
        }
    }
}
