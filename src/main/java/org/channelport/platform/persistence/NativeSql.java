package org.channelport.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What repositories writing native SQL need on both databases: which one this is, ids from result rows, and IN lists
 * written for a few fixed lengths.
 */
public final class NativeSql {
    private static final Map<EntityManagerFactory, Boolean> POSTGRES = new ConcurrentHashMap<>();

    private NativeSql() {}

    /** PostgreSQL (FOR UPDATE SKIP LOCKED, sequences by nextval) or not (the H2 demo). */
    public static boolean isPostgres(EntityManager em) {
        return POSTGRES.computeIfAbsent(em.getEntityManagerFactory(), factory -> {
            try {
                return em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName()
                        .toLowerCase(Locale.ROOT).contains("postgres");
            } catch (java.sql.SQLException e) {
                return false;
            }
        });
    }

    /** A uuid column of a native result row (PostgreSQL's driver gives UUIDs, others may give text). */
    public static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    /** {@code "?, ?, ?"}: an IN list of {@code count} parameters. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * How many parameters an IN list of {@code values} values is written for: the next power of two. Statements whose
     * text repeats get their server-side plans reused by PostgreSQL's driver, and planning a fresh IN list costs more
     * than running it.
     */
    public static int slots(int values) {
        return values <= 1 ? 1 : Integer.highestOneBit(values - 1) << 1;
    }

    /** The values with the last one repeated to fill {@link #slots} parameters (repeats change no IN list's answer). */
    public static <T> List<T> padded(List<T> values) {
        int slots = slots(values.size());
        var padded = new java.util.ArrayList<T>(slots);
        for (int i = 0; i < slots; i++) {
            padded.add(values.get(Math.min(i, values.size() - 1)));
        }
        return padded;
    }

    /** Numbers the {@code ?} placeholders in order ({@code ?1, ?2...}), as JPA's native queries want them. */
    public static String numbered(String sql) {
        var out = new StringBuilder();
        int n = 1;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                out.append('?').append(n++);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
