package org.channelport.deals.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import org.channelport.shared.CompanyNames;

/**
 * Rule D3's comparison keys of an end customer: the match name (the company name without legal suffix, case,
 * punctuation, accents or generic words; the normalization partners and leads use), the tax id without separators,
 * and the web domain as a bare host name (no scheme, path, port or leading "www.", internationalized names in their
 * ASCII form).
 */
public final class CustomerKeys {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

    private CustomerKeys() {}

    /** The name the conflict check compares: without legal suffix and generic words ("Acme Group" is "acme"). */
    public static String matchName(String company) {
        return CompanyNames.matchName(company);
    }

    /** Rule D3's name blocks ({@link CompanyNames#nameKeys}). */
    public static java.util.Set<String> nameKeys(String country, String matchName) {
        return CompanyNames.nameKeys(country, matchName);
    }

    public static String taxId(String taxId) {
        if (taxId == null) return null;
        var key = CompanyNames.normalizeTaxId(taxId);
        return key.isEmpty() ? null : key;
    }

    /**
     * The bare domain of a web address, or null when the text is not one (the caller reports that). Accepts what people
     * paste: "https://www.example.com/contact", "Example.COM.", "münchen.de".
     */
    public static String domain(String web) {
        if (web == null || web.isBlank()) return null;
        var host = SCHEME.matcher(web.strip()).replaceFirst("");
        int end = host.length();
        for (char stop : new char[]{'/', '?', '#'}) {
            int at = host.indexOf(stop);
            if (at >= 0 && at < end) end = at;
        }
        host = host.substring(0, end);
        int at = host.lastIndexOf('@');
        if (at >= 0) host = host.substring(at + 1);
        int colon = host.indexOf(':');
        if (colon >= 0) host = host.substring(0, colon);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHostName) {
            return null;
        }
        if (host.startsWith("www.")) host = host.substring(4);
        if (host.length() > 253 || host.indexOf('.') < 0) return null;
        for (var label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) return null;
        }
        return host;
    }
}
