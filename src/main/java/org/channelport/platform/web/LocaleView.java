package org.channelport.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language switch: English, Traditional Chinese, Simplified Chinese; a session's first page follows the browser.
 * A signed-in person's choice is also kept as the language of their mails ({@link
 * org.channelport.platform.notify.Settings#rememberLanguage}); the pages of a new session still follow the browser, the
 * person's own choice for that device.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE);

    private Locale locale;
    @jakarta.inject.Inject
    org.channelport.platform.notify.Settings settings;

    public Locale getLocale() {
        if (locale == null) {
            var requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = match(requested);
        }
        return locale;
    }

    public String getLanguage() { return getLocale().toLanguageTag(); }

    /** Switches this session's pages, and remembers the choice as the language of the person's mails (issue 10). */
    public void setLanguage(String tag) {
        locale = match(Locale.forLanguageTag(tag == null ? "en" : tag));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        settings.rememberLanguage(locale);
    }

    static Locale match(Locale requested) {
        if (requested == null || !"zh".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        var country = requested.getCountry();
        var script = requested.getScript();
        boolean traditional = "Hant".equals(script) || "TW".equals(country) || "HK".equals(country) || "MO".equals(country);
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
    }
}
