package org.channelport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Rule P5: text that starts like a formula (=, +, -, @, tab, carriage return) is exported with a leading apostrophe,
 * so that a spreadsheet opening a CSV or XLSX export shows it as text and never runs it (OWASP "CSV injection").
 */
@Named
@ApplicationScoped
public class SpreadsheetCells {

    public String text(Object value) {
        return safe(value == null ? "" : value.toString());
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
