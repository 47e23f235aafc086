package org.channelport.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Where the person is, for the templates' navigation (issue 10): the top bar marks the current section and the
 * section's own navigation marks the current page, both with {@code aria-current} (which the theme styles), so that
 * screen readers say it too. The value is {@code null} elsewhere, and an attribute with a null value is not written.
 */
@Named
@RequestScoped
public class Navigation {

    /** "page" on every page of the section whose views start with this path ("/portal/leads/"), else null. */
    public String section(String prefix) {
        return viewId().startsWith(prefix) ? "page" : null;
    }

    /** "page" on exactly this view ("/portal/leads/index.xhtml"), else null. */
    public String page(String viewIdOfPage) {
        return viewId().equals(viewIdOfPage) ? "page" : null;
    }

    /** Whether the current view is in this section. */
    public boolean in(String prefix) {
        return viewId().startsWith(prefix);
    }

    private static String viewId() {
        var root = FacesContext.getCurrentInstance().getViewRoot();
        return root == null || root.getViewId() == null ? "" : root.getViewId();
    }
}
