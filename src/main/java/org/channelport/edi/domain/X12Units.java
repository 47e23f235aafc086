package org.channelport.edi.domain;

import java.util.Map;

/**
 * Units between X12 (element 355, two characters) and the UN/ECE Recommendation 20 codes our products use: the codes
 * both share pass as they are (EA, PR, PK, CS, BX, CT, PL), the others are mapped both ways (C62 one is X12's EA when
 * we write; KGM KG, MTR MR, LTR LT, HUR HR, MON MO, ANN YR, SET ST).
 */
public final class X12Units {
    private static final Map<String, String> TO_X12 = Map.of("C62", "EA", "KGM", "KG", "MTR", "MR", "LTR", "LT",
            "HUR", "HR", "MON", "MO", "ANN", "YR", "SET", "ST");
    private static final Map<String, String> FROM_X12 = Map.of("KG", "KGM", "MR", "MTR", "LT", "LTR", "HR", "HUR",
            "MO", "MON", "YR", "ANN", "ST", "SET");

    private X12Units() {}

    /** The X12 code of our unit. */
    public static String toX12(String ours) {
        return ours == null ? "EA" : TO_X12.getOrDefault(ours, ours);
    }

    /** Our code of an X12 unit (null stays null: the product's unit). */
    public static String fromX12(String x12) {
        return x12 == null ? null : FROM_X12.getOrDefault(x12, x12);
    }
}
