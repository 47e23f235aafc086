package org.channelport.platform.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conditions of a read query built from a list's filter, and their parameters. A condition whose value the filter
 * leaves empty is left out. Built once per request, then {@link #bind bound} to every query that shares it (a page,
 * its count, its totals), so that they always agree.
 *
 * <pre>var where = new Where().and("l.partnerId = :own", "own", partner).and("l.status = :status", "status", status);
 * em.createQuery("select count(l) from Lead l" + where.sql(), Long.class) ... where.bind(query)</pre>
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The condition with its one parameter {@code :name}, unless the value is null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** A condition that always applies; its parameters, if any, come with {@link #param}. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where param(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code " where a and b"}, or nothing when no condition applies: append it to the query's from clause. */
    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * A LIKE pattern for text typed into a search field: contained anywhere, without case, with {@code %}, {@code _}
     * and {@code \} meaning themselves (compare with {@code lower(...) like}); null for a blank search.
     */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
