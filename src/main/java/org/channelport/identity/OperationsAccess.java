package org.channelport.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.channelport.platform.rest.ClientAddress;
import org.channelport.platform.web.ErrorBodies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rule I5: Payara Micro's operational endpoints (it adds /metrics and /health to the application at the root context,
 * so this filter sees them) are for operators. /health/ready, /health/live and /health/started answer anyone, but only
 * {"status":"UP"} or {"status":"DOWN"} with Payara's status code, for load balancers; /metrics (heap, threads, pools)
 * and everything else under /health (the checks and their data) need a Keycloak bearer token with one of the realm
 * roles in {@code app.operations.roles} (401 without a valid token, 403 without the role), or, when
 * {@code app.operations.allow-loopback} is on, a request from this host. Off by default: behind a reverse proxy on
 * the same host every request comes from loopback.
 */
@WebFilter(filterName = "operationsAccess", urlPatterns = {"/metrics", "/metrics/*", "/health", "/health/*"})
public class OperationsAccess extends HttpFilter {
    private static final Set<String> PROBES = Set.of("/health/ready", "/health/live", "/health/started");

    @Inject
    BearerTokenVerifier verifier;
    @Inject
    ClientAddress clientAddress;
    @Inject
    @ConfigProperty(name = "app.operations.roles", defaultValue = "operator")
    List<String> operatorRoles;
    @Inject
    @ConfigProperty(name = "app.operations.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    private enum Caller { OPERATOR, ANONYMOUS, INVALID_TOKEN, WITHOUT_ROLE }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var caller = caller(request);
        if (caller == Caller.OPERATOR) {
            chain.doFilter(request, response);
            return;
        }
        var path = org.channelport.platform.web.RequestPaths.mapped(request);
        if (PROBES.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path)) {
            statusOnly(request, response, chain);
            return;
        }
        if (caller == Caller.WITHOUT_ROLE) {
            ErrorBodies.problem(response, 403, "Forbidden", "Only operators may read this.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"channelport\"");
        ErrorBodies.problem(response, 401, "Unauthorized", caller == Caller.INVALID_TOKEN
                ? "The bearer token is invalid or expired." : "An operator's bearer token is required.");
    }

    private Caller caller(HttpServletRequest request) {
        if (allowLoopback && isLoopback(clientAddress.of(request))) {
            return Caller.OPERATOR;
        }
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Caller.ANONYMOUS;
        }
        try {
            var roles = BearerTokenMechanism.roles(verifier.verify(header.substring(7).trim()));
            return roles.stream().anyMatch(operatorRoles::contains) ? Caller.OPERATOR : Caller.WITHOUT_ROLE;
        } catch (BearerTokenVerifier.InvalidToken e) {
            return Caller.INVALID_TOKEN;
        }
    }

    private static boolean isLoopback(String address) {
        try {
            // A literal address (what the container and ClientAddress give): no name lookup happens.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Payara's answer reduced to its verdict: the status code stays, the checks and their data go. */
    private static void statusOnly(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var captured = new Captured(response);
        chain.doFilter(request, captured);
        int status = captured.status;
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\"}");
    }

    /** Keeps what the health endpoint writes away from the client. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;
        int status = 200;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentLength(int len) {
            // the real answer has its own length
        }

        @Override
        public void setContentLengthLong(long len) {
            // the real answer has its own length
        }

        @Override
        public void flushBuffer() {
            // nothing reaches the client from here
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("synchronous writes only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }
    }
}
