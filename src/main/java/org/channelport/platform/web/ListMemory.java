package org.channelport.platform.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The filters each list was last shown with in this session (issue 10: a record page's breadcrumb leads back to its
 * list "keeping the list's filters"): a list view remembers its filters whenever one changes and recalls them when
 * it opens again, whether through the breadcrumb, the navigation or the browser's back button. A link that names a
 * filter (a home's tile, {@code ?status=...}) sets it after the recall, so the link wins.
 */
@SessionScoped
public class ListMemory implements Serializable {
    private final Map<String, Serializable> filters = new ConcurrentHashMap<>();

    public void remember(String list, Serializable listFilters) {
        filters.put(list, listFilters);
    }

    public <T extends Serializable> Optional<T> recall(String list, Class<T> type) {
        return Optional.ofNullable(filters.get(list)).filter(type::isInstance).map(type::cast);
    }
}
