package org.channelport.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * For tests of the real repositories and services outside the server: an in-memory H2 database migrated by the
 * application's own Flyway scripts, and the test persistence unit on it.
 */
public final class H2Databases {
    private H2Databases() {}

    /** What CDI does in the server: sets an injected field of a bean made with {@code new}. */
    public static void inject(Object target, String field, Object value) {
        try {
            java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A security context whose caller is named by {@code name} (the audit trail's actor), with no roles. */
    public static jakarta.security.enterprise.SecurityContext callerNamed(java.util.function.Supplier<String> name) {
        return new jakarta.security.enterprise.SecurityContext() {
            @Override public java.security.Principal getCallerPrincipal() { return name::get; }
            @Override public <T extends java.security.Principal> java.util.Set<T> getPrincipalsByType(Class<T> type) {
                return java.util.Set.of();
            }
            @Override public boolean isCallerInRole(String role) { return false; }
            @Override public boolean hasAccessToWebResource(String resource, String... methods) { return false; }
            @Override public jakarta.security.enterprise.AuthenticationStatus authenticate(
                    jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                    jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters parameters) {
                return null;
            }
        };
    }

    /** Runs {@code work} in a transaction of {@code em} (what {@code @Transactional} does), then clears it. */
    public static <T> T inTransaction(jakarta.persistence.EntityManager em, java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        try {
            var result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    /** The database {@code url} (an H2 in-memory URL), migrated, and an EntityManagerFactory on it. */
    public static EntityManagerFactory migrated(String url) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations(DatabaseMigrations.locations("H2"))
                .failOnMissingLocations(false).load().migrate();
        return Persistence.createEntityManagerFactory("channelport-h2-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", ""));
    }
}
