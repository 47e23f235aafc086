package org.channelport.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.channelport.platform.notify.Settings;
import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.model.Visibility;

/**
 * The column chooser of every list (issue 10: a column chooser remembered per user). A list names its table and each
 * toggleable column by its component id; {@code visible} reads the signed-in person's choice (else the page's default)
 * and the chooser's toggle event stores it. Lists: {@code <p:column id="country"
 * visible="#{tableColumns.visible('deals', 'country')}">} and {@code <p:columnToggler>} with
 * {@code <p:ajax event="toggle" listener="#{tableColumns.toggled}"/>}. Every toggleable column shows by default; a
 * column that only exports ({@code visible="false"}) is not toggleable.
 */
@Named
@RequestScoped
public class TableColumns {
    @Inject
    Settings settings;

    private Map<String, Map<String, Boolean>> chosen = new java.util.HashMap<>();

    /** Whether the column shows: the person's choice, else shown. */
    public boolean visible(String table, String column) {
        return chosen(key(table)).getOrDefault(column, Boolean.TRUE);
    }

    /** The chooser's toggle: remembers the column's new state for the signed-in person. */
    public void toggled(ColumnToggleEvent event) {
        var column = (UIComponent) event.getColumn();
        var table = column.getParent().getId();
        settings.chooseColumn(key(table), column.getId(), event.getVisibility() == Visibility.VISIBLE);
        chosen.remove(key(table));
    }

    private Map<String, Boolean> chosen(String key) {
        return chosen.computeIfAbsent(key, k -> settings.mine().map(s -> s.columns(k)).orElse(Map.of()));
    }

    /** A list is the page it is on and its table's id ("/portal/deals/index.xhtml#deals"). */
    private static String key(String table) {
        var root = FacesContext.getCurrentInstance().getViewRoot();
        return (root == null ? "" : root.getViewId()) + "#" + table;
    }
}
