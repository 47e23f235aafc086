package org.channelport.orders.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The units products are sold in, by their UN/ECE Recommendation 20 code (the code EDI and ERPs exchange; X12's
 * EA, CS and PK, which Recommendation 20 lists among its level 3 codes, included). People read the labels
 * ({@code enum.uom.*}), never the code alone.
 */
public enum UnitOfMeasure {
    EA, C62, PR, SET, PK, CS, BX, CT, PL, KGM, MTR, LTR, HUR, MON, ANN;

    /** The unit of this code (upper case, as exchanged), if it is one of ours. */
    public static Optional<UnitOfMeasure> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(u -> u.name().equals(code)).findFirst();
    }
}
