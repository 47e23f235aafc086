package org.channelport.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: cookies and redirects over plain HTTP, signing in through the real
 * Keycloak login form (authorization code flow of the portal). For tests that need many sessions at once; pages that
 * a person uses are tried in Chromium ({@link Browser}).
 */
public final class WebSession {
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final Pattern KEYCLOAK_MESSAGE =
            Pattern.compile("(?s)(?:id=\"input-error[^\"]*\"|class=\"[^\"]*kc-feedback-text[^\"]*\"|class=\"pf-v5-c-alert__title[^\"]*\")[^>]*>([^<]{1,200})");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as a browser over plain HTTP: no h2c upgrade (see Http)
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What a page request ended with, after every redirect. */
    public record Page(int status, URI uri, String body) {}

    private WebSession() {}

    /**
     * Cookies per host, as a browser keeps them for loopback servers: Keycloak marks its sign-in cookies Secure, which
     * browsers honour on http://127.0.0.1 (a secure context) but Java's CookieManager never sends over http. Paths are
     * not told apart: one session talks to one app and one Keycloak realm.
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final Map<String, Map<String, String>> byHost = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            var cookies = byHost.getOrDefault(uri.getHost(), Map.of()).entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    var jar = byHost.computeIfAbsent(uri.getHost(), h -> new java.util.concurrent.ConcurrentHashMap<>());
                    for (var value : values) {
                        var pair = value.split(";", 2)[0];
                        var eq = pair.indexOf('=');
                        if (eq <= 0) {
                            continue;
                        }
                        var expired = value.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*max-age=0(;.*|\\s*)$")
                                || value.contains("Expires=Thu, 01 Jan 1970") || value.contains("Expires=Thu, 01-Jan-1970");
                        if (expired) {
                            jar.remove(pair.substring(0, eq).strip());
                        } else {
                            jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                        }
                    }
                }
            });
        }
    }

    public static WebSession signIn(String username, String password) {
        return signInFrom("/login", username, password).session();
    }

    /** A session and the page it landed on after signing in. */
    public record Landing(WebSession session, Page page) {}

    /**
     * Signs in the way a person who follows a link does: asks for {@code path} signed out, signs in on Keycloak's
     * form, and follows the redirects to wherever the product sends them.
     */
    public static Landing signInFrom(String path, String username, String password) {
        var session = new WebSession();
        var loginPage = session.get(path);
        var form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri() + " (" + loginPage.status() + ")");
        }
        var action = form.group(1).replace("&amp;", "&");
        var landed = session.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("username", username, "password", password,
                        "credentialId", "")))));
        if (landed.status() != 200 || !landed.uri().toString().startsWith(TestEnvironment.BASE_URL)) {
            var said = KEYCLOAK_MESSAGE.matcher(landed.body());
            throw new IllegalStateException("Sign-in of " + username + " ended at " + landed.uri() + " with "
                    + landed.status() + (said.find() ? ": " + said.group(1).strip() : ""));
        }
        return new Landing(session, landed);
    }

    /**
     * A page, asked again once when the connection broke before an answer (a kept-alive connection the server closed
     * meanwhile), as browsers do for GET: no answer is not an answer other than 200.
     */
    public Page get(String path) {
        var uri = URI.create(path.startsWith("http") ? path : TestEnvironment.BASE_URL + path);
        try {
            return send(HttpRequest.newBuilder(uri).GET());
        } catch (IllegalStateException noAnswer) {
            if (!(noAnswer.getCause() instanceof IOException)) {
                throw noAnswer;
            }
            return send(HttpRequest.newBuilder(uri).GET());
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
