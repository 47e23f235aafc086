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
 * filter (a home's tile or item: {@code ?status=...}, or {@code ?all=true} for the whole list) opens the list with
 * that filter only, not on top of the remembered ones: the list then shows what the link counted ({@link #linked}).
 */
@SessionScoped
public class ListMemory implements Serializable {
    private final Map<String, Serializable> filters = new ConcurrentHashMap<>();

    public void remember(String list, Serializable listFilters) {
        filters.put(list, listFilters);
    }

    /** Whether this request is a link naming any of these filters (then a list starts from them, not from memory). */
    public static boolean linked(String... parameters) {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces == null || faces.isPostback()) {
            return false;
        }
        var given = faces.getExternalContext().getRequestParameterMap();
        return java.util.Arrays.stream(parameters).anyMatch(given::containsKey);
    }

    /** The filters this list was last shown with, unless the request is a link naming some ({@link #linked}). */
    public <T extends Serializable> Optional<T> recall(String list, Class<T> type, String... linkParameters) {
        return linked(linkParameters) ? Optional.empty() : recall(list, type);
    }

    public <T extends Serializable> Optional<T> recall(String list, Class<T> type) {
        return Optional.ofNullable(filters.get(list)).filter(type::isInstance).map(type::cast);
    }
}
