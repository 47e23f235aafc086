package org.channelport.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** What repositories writing native SQL need on both databases: which one this is, and ids from result rows. */
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
}
