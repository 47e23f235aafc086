package org.channelport.it;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One browser per person for a whole test class, opened when a test first needs it and signed in once (issue 9:
 * "one browser per class, one sign-in per user per class"): starting Chromium and going through Keycloak's login
 * page cost seconds each, and a browser test proves pages, not the sign-in. A class keeps its own instance in a
 * static field and closes it in {@code @AfterAll}; nothing is shared between classes, which run in parallel.
 *
 * <p>A test opens the page it needs by its address, never relying on where an earlier test left the browser. The
 * page a person landed on right after signing in is kept ({@link #landing}), for tests of where people land.
 */
final class SignedInBrowsers implements AutoCloseable {
    private record Session(Browser browser, String landing) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** The demo channel manager with 15 % discount authority. */
    Browser manager() {
        return of("manager", "demo");
    }

    /** The demo channel manager with 40 % discount authority (the second approver of large deals). */
    Browser director() {
        return of("director", "demo");
    }

    /** The partner's administrator. */
    Browser of(PartnerFixture.Partner partner) {
        return of(partner.adminEmail(), partner.password());
    }

    /** This person's browser, signed in on first use. */
    Browser of(String username, String password) {
        return sessions.computeIfAbsent(username, u -> signIn(u, password)).browser();
    }

    /** The address of the page this person landed on right after signing in (signing in first if needed). */
    String landing(String username, String password) {
        return sessions.computeIfAbsent(username, u -> signIn(u, password)).landing();
    }

    private static Session signIn(String username, String password) {
        var browser = new Browser();
        try {
            browser.login(username, password);
            return new Session(browser, browser.url());
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    /**
     * A browser without any cookie, the app's or Keycloak's: a visitor who has not signed in (the public pages), or a
     * person whose sign-in is itself under test. Each call clears the cookies again, so neither a session nor a
     * language chosen by an earlier test carries over; it asks for English.
     */
    Browser visitor() {
        return visitor("en-US");
    }

    /** A visitor whose browser asks for this language (Accept-Language), without cookies as {@link #visitor()}. */
    Browser visitor(String language) {
        var browser = sessions.computeIfAbsent(" visitor " + language, u -> new Session(new Browser(language), null))
                .browser();
        BrowserSteps.forgetCookies(browser);
        return browser;
    }

    @Override
    public void close() {
        var failures = new ArrayList<RuntimeException>();
        for (var session : sessions.values()) {
            try {
                session.browser().close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        sessions.clear();
        if (!failures.isEmpty()) {
            var first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }
}
