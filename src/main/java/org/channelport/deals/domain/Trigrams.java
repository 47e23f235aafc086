package org.channelport.deals.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it: each word (letters and digits) in lower case, padded with two
 * spaces before and one after, cut into three-character pieces; similarity is the shared pieces divided by all distinct
 * pieces of both. Used where the database has no pg_trgm (the H2 demo), and to explain matches in tests, so that both
 * databases apply rule D3 the same way.
 */
public final class Trigrams {
    private Trigrams() {}

    public static double similarity(String a, String b) {
        var left = of(a);
        var right = of(b);
        if (left.isEmpty() || right.isEmpty()) return 0;
        int shared = 0;
        for (var t : left) {
            if (right.contains(t)) shared++;
        }
        return (double) shared / (left.size() + right.size() - shared);
    }

    static Set<String> of(String text) {
        var trigrams = new HashSet<String>();
        if (text == null) return trigrams;
        for (var word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) continue;
            var padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }
}
