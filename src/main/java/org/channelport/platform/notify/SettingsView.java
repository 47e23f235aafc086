package org.channelport.platform.notify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.web.LocaleView;
import org.channelport.platform.web.Messages;

/**
 * The settings page (issue 10): the person's language (pages and mails), time zone (offered from the browser until
 * chosen) and, for partners' people, how each kind of notification is mailed.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;
    @Inject
    ReaderZone reader;
    @Inject
    LocaleView localeView;
    @Inject
    CurrentUser user;

    private String language;
    private String timeZone;
    /** Each kind's delivery by name (a page's select sets text; a map of enums would receive strings). */
    private final Map<String, String> deliveries = new java.util.LinkedHashMap<>();

    @PostConstruct
    void load() {
        var mine = settings.mine();
        language = mine.map(PersonSettings::languageTag).orElse(localeView.getLanguage());
        timeZone = mine.flatMap(PersonSettings::zone).or(reader::browser).map(ZoneId::getId).orElse("UTC");
        for (var kind : NotificationKind.values()) {
            deliveries.put(kind.name(), mine.map(s -> s.delivery(kind)).orElse(Delivery.IMMEDIATELY).name());
        }
    }

    /** Partners' people get notifications; brand staff choose only their language and zone for now. */
    public boolean isNotified() {
        return user.partnerId().isPresent();
    }

    public List<NotificationKind> getKinds() {
        return List.of(NotificationKind.values());
    }

    public Delivery[] getDeliveryChoices() {
        return Delivery.values();
    }

    public Map<String, String> getDeliveries() {
        return deliveries;
    }

    /** The chosen deliveries; a value the page could not have offered is refused at its kind's field. */
    private Map<NotificationKind, Delivery> chosenDeliveries() {
        var chosen = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            try {
                chosen.put(kind, Delivery.valueOf(deliveries.getOrDefault(kind.name(), Delivery.IMMEDIATELY.name())));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return chosen;
    }

    /** Every region zone Java knows, by name ("Asia/Taipei"), UTC first: read once, the same for everyone. */
    private static final List<SelectItem> ZONES = zones();

    public List<SelectItem> getZones() {
        return ZONES;
    }

    private static List<SelectItem> zones() {
        var zones = new ArrayList<SelectItem>();
        zones.add(new SelectItem("UTC", "UTC"));
        ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
                .sorted().forEach(id -> zones.add(new SelectItem(id, id.replace('_', ' '))));
        return List.copyOf(zones);
    }

    /** The browser's zone, as the hint names it ("Asia/Taipei"), or UTC. */
    public String getBrowserZone() {
        return reader.browser().map(ZoneId::getId).orElse("UTC");
    }

    /** Saves and reloads the page, so that it speaks the chosen language and shows dates in the chosen zone. */
    public String save() {
        var zone = PersonSettings.zone(timeZone);
        var locale = PersonSettings.language(language);
        var chosen = chosenDeliveries();
        if (zone.isEmpty()) {
            Messages.error("settingsForm:timeZone", "settings.timeZone.invalid");
        }
        if (locale.isEmpty()) {
            Messages.error("settingsForm:language", "settings.language.invalid");
        }
        if (zone.isEmpty() || locale.isEmpty() || chosen == null) {
            return null;
        }
        if (!Messages.attempt("settingsForm", () -> settings.save(locale.get(), zone.get(),
                isNotified() ? chosen : Map.of()))) {
            return null;
        }
        localeView.setLanguage(locale.get().toLanguageTag());
        Messages.info("settings.saved");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "settings?faces-redirect=true";
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
