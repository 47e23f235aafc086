package org.channelport.platform.notify;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.channelport.platform.audit.AuditDetail;

/**
 * A mail stored without a language, like a notification's text: its subject and the lines of its body are bundle keys
 * with arguments ({@link AuditDetail}), written out in each recipient's language when it is queued.
 */
public record Mail(AuditDetail subject, List<AuditDetail> lines) {

    public static Mail of(AuditDetail subject, AuditDetail... lines) {
        return new Mail(subject, List.of(lines));
    }

    public String subject(Locale locale) {
        return subject(locale, ZoneOffset.UTC);
    }

    /** The subject in this language, its moments in this time zone. */
    public String subject(Locale locale, ZoneId zone) {
        return oneLine(AuditDetail.read(subject.stored(), locale, zone));
    }

    /** The body in this language, then the link to the page where the person acts (if any). */
    public String body(Locale locale, String link) {
        return body(locale, ZoneOffset.UTC, link);
    }

    /** The body in this language, its moments in this time zone (the recipient's), then the link (if any). */
    public String body(Locale locale, ZoneId zone, String link) {
        var text = lines.stream().map(line -> AuditDetail.read(line.stored(), locale, zone))
                .collect(Collectors.joining("\n"));
        return text + "\n" + (link == null ? "" : "\n" + link + "\n");
    }

    /** A subject is one line whatever a person typed into the names it quotes (no header injection). */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
