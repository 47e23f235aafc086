package org.channelport.shared;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static Set<String> codes() { return CODES; }

    /** The currency a country pays in (ISO 4217, "TW" → "TWD"); empty for a code without one (Antarctica) or unknown. */
    public static Optional<String> currency(String code) {
        if (!isKnown(code)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Currency.getInstance(new Locale("", code))).map(Currency::getCurrencyCode);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A country as people type it in a filter (" de"): the code in capitals, or null (any country) when blank. */
    public static String filterCode(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().toUpperCase(Locale.ROOT);
    }
}
