package org.channelport.platform.notify;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One person's own settings (issue 10), by user name: the language their mails are written in, the time zone their
 * dates are shown in, how each kind of notification is mailed, and the day their last daily digest went out. Absent
 * values are the defaults: English, the browser's zone (else UTC), {@link Delivery#IMMEDIATELY}.
 */
@Entity
@Table(name = "person_settings")
public class PersonSettings {
    @Id
    private String username;
    @Column
    private String language;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_delivery", joinColumns = @JoinColumn(name = "username"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<NotificationKind, Delivery> deliveries = new HashMap<>();
    /** Per list, the person's departures from its default columns ("country:false,webDomain:true"). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_table_columns", joinColumns = @JoinColumn(name = "username"))
    @MapKeyColumn(name = "table_key")
    @Column(name = "columns", nullable = false)
    private Map<String, String> tableColumns = new HashMap<>();

    protected PersonSettings() {}

    PersonSettings(String username, Instant now) {
        this.username = username;
        this.updatedAt = now;
    }

    public String username() { return username; }

    /** The language of this person's mails: the one they chose, English until then. */
    public Locale locale() {
        return language(language).orElse(Locale.ENGLISH);
    }

    /** The chosen language's tag ({@code zh-TW}), or null. */
    public String languageTag() { return language; }

    /** The chosen time zone, if any (one no longer known to Java reads as none). */
    public Optional<ZoneId> zone() {
        return zone(timeZone);
    }

    public Delivery delivery(NotificationKind kind) {
        return deliveries.getOrDefault(kind, Delivery.IMMEDIATELY);
    }

    /** Every kind's delivery, defaults included. */
    public Map<NotificationKind, Delivery> deliveries() {
        var all = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            all.put(kind, delivery(kind));
        }
        return all;
    }

    public LocalDate lastDigestOn() { return lastDigestOn; }

    /** The columns of this list the person showed (true) or hid (false) against the page's defaults. */
    public Map<String, Boolean> columns(String table) {
        var chosen = new java.util.LinkedHashMap<String, Boolean>();
        var text = tableColumns.get(table);
        if (text != null) {
            for (var pair : text.split(",")) {
                var parts = pair.split(":");
                if (parts.length == 2) {
                    chosen.put(parts[0], Boolean.parseBoolean(parts[1]));
                }
            }
        }
        return chosen;
    }

    void columns(String table, Map<String, Boolean> chosen, Instant now) {
        if (chosen.isEmpty()) {
            tableColumns.remove(table);
        } else {
            var text = new StringBuilder();
            chosen.forEach((column, shown) -> text.append(text.isEmpty() ? "" : ",").append(column).append(':').append(shown));
            tableColumns.put(table, text.toString());
        }
        this.updatedAt = now;
    }

    void language(Locale locale, Instant now) {
        this.language = locale == null ? null : locale.toLanguageTag();
        this.updatedAt = now;
    }

    void zone(ZoneId zone, Instant now) {
        this.timeZone = zone == null ? null : zone.getId();
        this.updatedAt = now;
    }

    void deliveries(Map<NotificationKind, Delivery> chosen, Instant now) {
        deliveries.clear();
        chosen.forEach((kind, delivery) -> {
            if (kind != null && delivery != null && delivery != Delivery.IMMEDIATELY) {
                deliveries.put(kind, delivery);
            }
        });
        this.updatedAt = now;
    }

    void digestSent(LocalDate on) {
        this.lastDigestOn = on;
    }

    /** One of the three languages for this tag, if it is one. */
    public static Optional<Locale> language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        var wanted = Locale.forLanguageTag(tag);
        return org.channelport.platform.web.LocaleView.SUPPORTED.stream().filter(l -> l.equals(wanted)).findFirst();
    }

    /** A region-based zone id Java knows ({@code Asia/Taipei}, {@code UTC}), if this is one. */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
