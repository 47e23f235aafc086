package org.channelport.it;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One browser per person for a whole test class, opened when a test first needs it and signed in once (issue 9:
 * "one browser per class, one sign-in per user per class"): starting Chromium and going through Keycloak's login
 * page cost seconds each, and a browser test proves pages, not the sign-in. The sign-in itself goes over HTTP through
 * Keycloak's real form, and the browser gets its cookies ({@link #signIn(Browser, String, String)}). A class keeps its own instance in a
 * static field and closes it in {@code @AfterAll}; classes run in parallel, and nothing but a lock that keeps one
 * person's sign-ins apart is shared between them.
 *
 * <p>A test opens the page it needs by its address, never relying on where an earlier test left the browser. The
 * page a person landed on right after signing in is kept ({@link #landing}), for tests of where people land.
 */
final class SignedInBrowsers implements AutoCloseable {
    private record Session(Browser browser, String landing) {}

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
            return new Session(browser, signIn(browser, username, password));
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    /**
     * Signs this browser in as this person and returns the address the person landed on, without drawing Keycloak's
     * login page and the landing page in Chromium (seconds each on two shared cores, for pages other tests prove): the
     * real Keycloak form is submitted over HTTP ({@link WebSession#signInFrom}), then the session's cookies, the app's
     * and Keycloak's, go into the browser with the attributes the servers set (so that signing out through Keycloak
     * ends Keycloak's session in the browser too). For a browser whose sign-in is not itself under test: tests of the
     * login page, of refusals and of the cookies a browser sign-in gets use {@link Browser#login}.
     */
    static String signIn(Browser browser, String username, String password) {
        var landing = signInOverHttp(username, password);
        handOver(landing.session(), browser);
        return landing.page().uri().toString();
    }

    /**
     * Keycloak 26 with brute-force detection turns a person's sign-in away while another of the same person is in
     * flight (it blocks concurrent requests, keycloak#31726, and says only "Invalid username or password"); other test
     * classes, running at the same time, fetch the demo managers' tokens. So a refused sign-in is tried again, twice
     * at most: a wrong password still fails.
     */
    private static WebSession.Landing signInOverHttp(String username, String password) {
        var landing = new AtomicReference<WebSession.Landing>();
        oneAtATime(username, () -> {
            for (int attempt = 1; landing.get() == null; attempt++) {
                try {
                    landing.set(WebSession.signInFrom("/login", username, password));
                } catch (IllegalStateException refused) {
                    if (attempt == 3) {
                        throw new AssertionError("Keycloak refused the sign-in of " + username + " three times: "
                                + refused.getMessage(), refused);
                    }
                }
            }
        });
        return landing.get();
    }

    /**
     * Sets the session's cookies of the app's host and of Keycloak's in the browser (DevTools' Network.setCookie: no
     * page of either needs to be open), each with its path, Secure, HttpOnly, SameSite and expiry as the server's
     * Set-Cookie said, and checks that the browser holds them so.
     */
    @SuppressWarnings("unchecked")
    private static void handOver(WebSession session, Browser browser) {
        var driver = (ChromeDriver) browser.driver();
        var handed = new ArrayList<WebSession.Cookie>();
        var urls = new ArrayList<String>();
        for (var origin : List.of(TestEnvironment.BASE_URL, TestEnvironment.KEYCLOAK_URL)) {
            var server = URI.create(origin);
            for (var cookie : session.cookiesOf(server.getHost())) {
                // the port too: DevTools would otherwise note 80 or 443 as the port the cookie came from
                var parameters = new HashMap<String, Object>(Map.of("name", cookie.name(), "value", cookie.value(),
                        "url", origin + cookie.path(), "path", cookie.path(), "secure", cookie.secure(),
                        "httpOnly", cookie.httpOnly(), "sourcePort", server.getPort()));
                if (cookie.sameSite() != null) {
                    parameters.put("sameSite", sameSite(cookie.sameSite()));
                }
                if (cookie.expires() != null) {
                    parameters.put("expires", cookie.expires());
                }
                driver.executeCdpCommand("Network.setCookie", parameters);
                handed.add(cookie);
                urls.add(origin + cookie.path());
            }
        }
        if (handed.stream().noneMatch(c -> c.name().equals("JSESSIONID"))) {
            throw new IllegalStateException("No session cookie of the app after signing in: " + handed);
        }
        var held = (List<Map<String, Object>>) driver.executeCdpCommand("Network.getCookies", Map.of("urls", urls))
                .get("cookies");
        for (var cookie : handed) {
            var same = held.stream().anyMatch(h -> cookie.name().equals(h.get("name"))
                    && cookie.value().equals(h.get("value")) && cookie.path().equals(h.get("path"))
                    && Boolean.valueOf(cookie.secure()).equals(h.get("secure"))
                    && Boolean.valueOf(cookie.httpOnly()).equals(h.get("httpOnly"))
                    && (cookie.sameSite() == null || sameSite(cookie.sameSite()).equals(h.get("sameSite")))
                    && (cookie.expires() != null) != Boolean.TRUE.equals(h.get("session")));
            if (!same) {
                throw new IllegalStateException("The browser did not take the cookie " + cookie + " as set: " + held);
            }
        }
    }

    /** A SameSite value as DevTools spells it (Strict, Lax, None). */
    private static String sameSite(String value) {
        var lower = value.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * Runs a sign-in of this person while no other sign-in of the same person runs in this JVM (test classes run in
     * parallel threads of one JVM, and Keycloak turns concurrent sign-ins of one person away: see
     * {@link #signInOverHttp}). Token requests with a person's password could go through here too.
     */
    static void oneAtATime(String username, Runnable signIn) {
        synchronized (SIGNING_IN.computeIfAbsent(username, u -> new Object())) {
            signIn.run();
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
