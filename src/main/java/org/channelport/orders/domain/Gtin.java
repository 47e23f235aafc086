package org.channelport.orders.domain;

import java.util.Optional;

/**
 * A Global Trade Item Number as GS1 defines it: 13 digits (GTIN-13, the EAN barcode) or 14 (GTIN-14, a case or
 * pack), the last a mod-10 check digit (rule O2). Kept as written; compared as 14 digits, so that the GTIN-13
 * {@code 4006381333931} and the GTIN-14 {@code 04006381333931} are the same item.
 */
public record Gtin(String digits) {

    public Gtin {
        if (!valid(digits)) {
            throw new IllegalArgumentException("not a GTIN-13 or GTIN-14 with a correct check digit");
        }
    }

    /** The GTIN this text names (spaces and hyphens as people print them are left out), if it is one. */
    public static Optional<Gtin> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var digits = text.replace(" ", "").replace("-", "");
        return valid(digits) ? Optional.of(new Gtin(digits)) : Optional.empty();
    }

    /** Whether these are 13 or 14 digits whose last is the GS1 check digit of the others. */
    public static boolean valid(String digits) {
        return org.channelport.shared.Gs1.valid(digits, 13, 14);
    }

    /** The GS1 check digit of a GTIN's other digits ({@link org.channelport.shared.Gs1#checkDigit}). */
    public static int checkDigit(String body) {
        return org.channelport.shared.Gs1.checkDigit(body);
    }

    /** The 14-digit form (a GTIN-13 with a leading zero): the key it is compared and looked up by. */
    public String key() {
        return digits.length() == 14 ? digits : "0" + digits;
    }
}
