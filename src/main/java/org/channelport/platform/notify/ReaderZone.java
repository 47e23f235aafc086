package org.channelport.platform.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The time zone the reader of this page reads dates in (issue 10): the one they chose in their settings, else their
 * browser's (the {@code cp-tz} cookie that {@code zone.js} keeps), else UTC. A cookie that names no zone is ignored.
 */
@RequestScoped
public class ReaderZone {
    /** The cookie in which every page keeps the browser's time zone. */
    public static final String COOKIE = "cp-tz";

    @Inject
    Settings settings;
    @Inject
    HttpServletRequest request;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = settings.mine().flatMap(PersonSettings::zone).or(this::browser).orElse(ZoneOffset.UTC);
        }
        return zone;
    }

    /** The browser's zone as its last page reported it, if it is one Java knows. */
    public Optional<ZoneId> browser() {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (var cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return PersonSettings.zone(java.net.URLDecoder.decode(cookie.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
