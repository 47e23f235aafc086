package org.channelport.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.text.MessageFormat;

/**
 * A history detail the server writes (not a note a person typed), stored without a language and read in the reader's:
 * the key of a text in the page bundle and its arguments, each either text as it is (a user name) or the key of a label
 * (a tier, a role). Stored in the audit entry's detail as {@code i18n:<key>} followed by the arguments, each after a
 * unit separator (U+001F, which no form or API lets anyone type) and marked {@code t:} (text) or {@code k:} (label
 * key). A detail without the mark, or whose key the bundle lacks, reads as it was stored.
 *
 * <p>Example: {@code AuditDetail.of("history.detail.invitedAs", AuditDetail.text(email),
 * AuditDetail.label("enum.role.USER"))} reads "ana@example.com as Partner user" in English and
 * "ana@example.com，角色：合作夥伴使用者" in Traditional Chinese.
 */
public final class AuditDetail {
    private static final String MARK = "\u001Ei18n:";
    private static final char SEPARATOR = '\u001F';
    static final String BUNDLE = "i18n.messages";

    private final String stored;

    private AuditDetail(String stored) {
        this.stored = stored;
    }

    /** The form kept in the audit entry. */
    public String stored() {
        return stored;
    }

    /** A note as a person typed it, as stored: the two separators of this form become spaces. */
    public static String typed(String note) {
        return note == null ? null : note.replace('\u001E', ' ').replace(SEPARATOR, ' ');
    }

    /** An argument shown as it is. */
    public static String text(Object value) {
        return "t:" + value;
    }

    /** A moment, shown in the reader's language and time zone ("Dec 6, 2026, 5:00 PM GMT+8"). */
    public static String instant(java.time.Instant when) {
        return "i:" + when.toEpochMilli();
    }

    /** An argument shown as the label of this bundle key in the reader's language. */
    public static String label(String key) {
        return "k:" + key;
    }

    /** The stored form of the text of this key with these arguments (made with {@link #text} and {@link #label}). */
    public static AuditDetail of(String key, String... arguments) {
        var stored = new StringBuilder(MARK).append(key);
        for (var argument : arguments) {
            stored.append(SEPARATOR).append(argument.replace(SEPARATOR, ' '));
        }
        return new AuditDetail(stored.toString());
    }

    /** A stored detail as the reader of this language reads it (moments in UTC). */
    public static String read(String stored, Locale locale) {
        return read(stored, locale, java.time.ZoneOffset.UTC);
    }

    /** A stored detail as the reader of this language and time zone reads it. */
    public static String read(String stored, Locale locale, java.time.ZoneId zone) {
        if (stored == null || !stored.startsWith(MARK)) {
            return stored;
        }
        var parts = stored.substring(MARK.length()).split(String.valueOf(SEPARATOR), -1);
        var asStored = stored.substring(MARK.length()).replace(SEPARATOR, ' ');
        var bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            var pattern = bundle.getString(parts[0]);
            var arguments = new ArrayList<Object>(List.of());
            for (int i = 1; i < parts.length; i++) {
                var part = parts[i];
                if (part.startsWith("k:")) {
                    arguments.add(labelOf(bundle, part.substring(2)));
                } else if (part.startsWith("t:")) {
                    arguments.add(part.substring(2));
                } else if (part.startsWith("i:")) {
                    arguments.add(org.channelport.platform.web.Formats.dateTime(
                            java.time.Instant.ofEpochMilli(Long.parseLong(part.substring(2))), locale, zone));
                } else {
                    return asStored;
                }
            }
            return new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException | IllegalArgumentException | java.time.DateTimeException e) {
            return asStored;
        }
    }

    private static String labelOf(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
    }
}
