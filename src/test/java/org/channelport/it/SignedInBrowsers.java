package org.channelport.it;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;

/**
 * One browser per person for a whole test class, opened when a test first needs it and signed in once (issue 9:
 * "one browser per class, one sign-in per user per class"): starting Chromium and going through Keycloak's login
 * page cost seconds each, and a browser test proves pages, not the sign-in. A class keeps its own instance in a
 * static field and closes it in {@code @AfterAll}; classes run in parallel, and nothing but a lock that keeps one
 * person's sign-ins apart is shared between them.
 *
 * <p>A test opens the page it needs by its address, never relying on where an earlier test left the browser. The
 * page a person landed on right after signing in is kept ({@link #landing}), for tests of where people land.
 */
final class SignedInBrowsers implements AutoCloseable {
    private record Session(Browser browser, String landing) {}

    /** Where Keycloak's login page says why it refused (as WebSession reads it). */
    private static final String KEYCLOAK_ERROR = "[id^='input-error'], .kc-feedback-text, .pf-v5-c-alert__title";
    /** A lock per person, for {@link #oneAtATime}. */
    private static final Map<String, Object> SIGNING_IN = new ConcurrentHashMap<>();

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
        var browser = Browser.lease();
        try {
            oneAtATime(username, () -> login(browser, username, password));
            return new Session(browser, browser.url());
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    /**
     * Runs a sign-in of this person while no other sign-in of the same person runs in this JVM (test classes run in
     * parallel threads of one JVM, and Keycloak turns concurrent sign-ins of one person away: see {@link #login}).
     * Token requests with a person's password could go through here too.
     */
    static void oneAtATime(String username, Runnable signIn) {
        synchronized (SIGNING_IN.computeIfAbsent(username, u -> new Object())) {
            signIn.run();
        }
    }

    /**
     * Signs in on Keycloak's page and waits until the app's page is back. Keycloak 26 with brute-force detection turns
     * a person's sign-in away while another of the same person is in flight (it blocks concurrent requests,
     * keycloak#31726, and says only "Invalid username or password"); other test classes, running at the same time,
     * fetch the demo managers' tokens. So a refused sign-in is tried again, twice at most: a wrong password still
     * fails.
     */
    private static void login(Browser browser, String username, String password) {
        for (int attempt = 1; ; attempt++) {
            BrowserSteps.submitLogin(browser, username, password);
            var refusal = BrowserSteps.await(browser, "the app's page after signing in as " + username, d -> {
                if (d.getCurrentUrl().startsWith(TestEnvironment.BASE_URL)) {
                    return Optional.<String>empty();
                }
                var errors = d.findElements(By.cssSelector(KEYCLOAK_ERROR));
                return errors.isEmpty() ? null : Optional.of(errors.get(0).getText());
            });
            if (refusal.isEmpty()) {
                return;
            }
            if (attempt == 3) {
                browser.evidence("sign-in-refused");
                throw new AssertionError("Keycloak refused the sign-in of " + username + " three times: "
                        + refusal.get());
            }
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
        var browser = sessions.computeIfAbsent(" visitor " + language, u -> new Session(Browser.lease(language), null))
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
