package org.channelport.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names and tax ids reduced to what identifies the company, the same for every context: partners refuse a
 * duplicate applicant with them (rule PA2), leads recognize a duplicate lead (L2), and deal registration finds
 * competing registrations and leads by their match names and name blocks (D3).
 */
public final class CompanyNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp",
            "gmbh", "corp", "corporation", "co", "company", "sa", "sarl", "sas", "bv", "nv", "ag", "plc", "pty", "kk",
            "srl", "spa", "ab", "oy", "as");

    /**
     * Words that describe what a company does rather than which company it is: "Acme", "Acme Group" and "Acme Systems"
     * are written for the same customer, and "Blue Logistics" shares little with "Red Logistics".
     */
    private static final Set<String> GENERIC_WORDS = Set.of("group", "holding", "holdings", "systems", "system",
            "solutions", "technologies", "technology", "tech", "international", "intl", "services", "service",
            "industries", "industrial", "trading", "consulting", "global", "partners", "enterprises", "enterprise",
            "the", "and", "of", "worldwide", "software", "networks", "digital");

    private CompanyNames() {}

    /**
     * The name conflict checks compare (deal registration rule D3): the normalized name without generic words; the
     * normalized name itself when nothing else is left ("Global Systems").
     */
    public static String matchName(String name) {
        var normalized = normalizeName(name);
        var kept = new StringBuilder();
        for (var word : normalized.split(" ")) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.isEmpty() ? normalized : kept.toString();
    }

    public static String normalizeName(String name) {
        var plain = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        var words = NOT_WORD.split(plain.toLowerCase(Locale.ROOT));
        var kept = new StringBuilder();
        int end = words.length;
        while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (!words[i].isEmpty()) {
                kept.append(kept.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return kept.toString();
    }

    /**
     * Deal registration rule D3's name blocks of a match name: for each word of three letters or more, the country with
     * its first four letters (the whole word when shorter), and for words of seven letters or more also its last four,
     * so that a typo near the start of a long word still meets the original. Words of one or two letters (initials,
     * "s a") block nothing unless the name has nothing else: then the whole name is the block. Two names with a trigram
     * similarity of 0.6 or more almost always share one.
     */
    public static java.util.SortedSet<String> nameKeys(String country, String matchName) {
        var keys = new java.util.TreeSet<String>();
        for (var word : matchName.split(" ")) {
            if (word.length() < 3) continue;
            keys.add(country + "|p|" + word.substring(0, Math.min(4, word.length())));
            if (word.length() >= 7) keys.add(country + "|s|" + word.substring(word.length() - 4));
        }
        if (keys.isEmpty() && !matchName.isBlank()) {
            keys.add(country + "|n|" + (matchName.length() <= 50 ? matchName : matchName.substring(0, 50)));
        }
        return keys;
    }

    public static String normalizeTaxId(String taxId) {
        return NOT_WORD.matcher(taxId.toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
