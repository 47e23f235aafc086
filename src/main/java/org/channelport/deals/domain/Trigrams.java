package org.channelport.deals.domain;

import java.util.Locale;

/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it: each word (letters and digits) in lower case, padded with two
 * spaces before and one after, cut into three-character pieces; similarity is the shared pieces divided by all distinct
 * pieces of both. Used where the database has no pg_trgm (the H2 demo), and to explain matches in tests, so that both
 * databases apply rule D3 the same way.
 */
public final class Trigrams {
    private Trigrams() {}

    public static double similarity(String a, String b) {
        return probe(a).similarity(b);
    }

    /** One name compared with many: its trigrams are computed once. */
    public static Probe probe(String text) {
        return new Probe(packed(text));
    }

    /** A name's trigrams, ready to be compared with others. */
    public static final class Probe {
        private final long[] trigrams;

        private Probe(long[] trigrams) {
            this.trigrams = trigrams;
        }

        public double similarity(String other) {
            var theirs = packed(other);
            if (trigrams.length == 0 || theirs.length == 0) return 0;
            int shared = 0;
            for (int i = 0, j = 0; i < trigrams.length && j < theirs.length; ) {
                if (trigrams[i] == theirs[j]) {
                    shared++;
                    i++;
                    j++;
                } else if (trigrams[i] < theirs[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) shared / (trigrams.length + theirs.length - shared);
        }
    }

    /** The distinct trigrams, each as three 16-bit characters in a long, sorted. */
    private static long[] packed(String text) {
        if (text == null || text.isEmpty()) return new long[0];
        var lower = text.toLowerCase(Locale.ROOT);
        var out = new long[lower.length() * 2 + 4];
        int n = 0;
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) i++;
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) i++;
            if (i == start) break;
            // "  word ": two spaces before, one after.
            long c0 = ' ';
            long c1 = ' ';
            for (int k = start; k <= i; k++) {
                long c2 = k < i ? lower.charAt(k) : ' ';
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = (c0 << 32) | (c1 << 16) | c2;
                c0 = c1;
                c1 = c2;
            }
        }
        var sorted = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) sorted[distinct++] = sorted[k];
        }
        return java.util.Arrays.copyOf(sorted, distinct);
    }
}
