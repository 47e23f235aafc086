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

    private final LoopbackCookies cookies = new LoopbackCookies();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as a browser over plain HTTP: no h2c upgrade (see Http)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What a page request ended with, after every redirect. */
    public record Page(int status, URI uri, String body) {}

    private WebSession() {}

    /**
     * A cookie as the server set it: its name and value, and the attributes a browser keeps it with (Path; Secure,
     * HttpOnly and SameSite as written, null when the server said nothing; the moment it expires in epoch seconds,
     * from Max-Age or Expires, or null for a cookie that ends with the browser session).
     */
    public record Cookie(String name, String value, String path, boolean secure, boolean httpOnly, String sameSite,
                         Long expires) {}

    /**
     * Cookies per host, as a browser keeps them for loopback servers: Keycloak marks its sign-in cookies Secure, which
     * browsers honour on http://127.0.0.1 (a secure context) but Java's CookieManager never sends over http. Paths are
     * not told apart when sending: one session talks to one app and one Keycloak realm. Each cookie's attributes are
     * kept, so that a browser can be handed the cookies exactly as the servers set them ({@link #cookiesOf}).
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final Map<String, Map<String, Cookie>> byHost = new java.util.concurrent.ConcurrentHashMap<>();

        /** The cookies this session holds for a host (as the servers set them, in no particular order). */
        List<Cookie> cookiesOf(String host) {
            return List.copyOf(byHost.getOrDefault(host, Map.of()).values());
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            var cookies = byHost.getOrDefault(uri.getHost(), Map.of()).values().stream()
                    .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; "));
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
                        var cookieName = pair.substring(0, eq).strip();
                        if (expired) {
                            jar.remove(cookieName);
                        } else {
                            jar.put(cookieName, parse(uri, cookieName, pair.substring(eq + 1).strip(), value));
                        }
                    }
                }
            });
        }

        /** The attributes of a Set-Cookie value (RFC 6265 section 5.2; a missing Path is the request's directory). */
        private static Cookie parse(URI uri, String name, String value, String header) {
            String path = null;
            String sameSite = null;
            Long maxAge = null;
            Long expires = null;
            boolean secure = false;
            boolean httpOnly = false;
            var attributes = header.split(";");
            for (int i = 1; i < attributes.length; i++) {
                var attribute = attributes[i].strip();
                var eq = attribute.indexOf('=');
                var key = (eq < 0 ? attribute : attribute.substring(0, eq)).strip().toLowerCase(java.util.Locale.ROOT);
                var argument = eq < 0 ? "" : attribute.substring(eq + 1).strip();
                switch (key) {
                    case "path" -> path = argument.startsWith("/") ? argument : null;
                    case "secure" -> secure = true;
                    case "httponly" -> httpOnly = true;
                    case "samesite" -> sameSite = argument;
                    case "max-age" -> {
                        try {
                            maxAge = Long.parseLong(argument);
                        } catch (NumberFormatException ignored) {
                            // an unreadable Max-Age is ignored, as browsers do
                        }
                    }
                    case "expires" -> {
                        try {
                            expires = java.time.ZonedDateTime.parse(argument,
                                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
                        } catch (java.time.format.DateTimeParseException ignored) {
                            // another date format: kept as a cookie of the browser session
                        }
                    }
                    default -> { }
                }
            }
            if (path == null) {
                var requestPath = uri.getPath() == null ? "" : uri.getPath();
                var slash = requestPath.lastIndexOf('/');
                path = slash <= 0 ? "/" : requestPath.substring(0, slash);
            }
            var until = maxAge != null ? Long.valueOf(java.time.Instant.now().getEpochSecond() + maxAge) : expires;
            return new Cookie(name, value, path, secure, httpOnly, sameSite, until);
        }
    }

    /** The cookies this session holds for a host ("localhost" for the app, "127.0.0.1" for Keycloak). */
    public List<Cookie> cookiesOf(String host) {
        return cookies.cookiesOf(host);
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
