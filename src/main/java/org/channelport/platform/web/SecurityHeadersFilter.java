package org.channelport.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Rule P8: headers every answer carries. No answer is read as another content type than it declares, no URL (ids of
 * partners, leads and deals) leaves the app as a referrer, and what a signed-in person or system is shown (portal,
 * console, REST and SOAP answers, their exports and downloads) is never stored by a browser or proxy, so a later user
 * of the same computer cannot read it back from the cache. The pages' Content-Security-Policy comes from PrimeFaces
 * (its CSP mode puts a new nonce in every page), the session cookie's SameSite from WEB-INF/payara-web.xml.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
    static final String NO_STORE = "no-store";
    private static final List<String> PERSONAL = List.of("/portal/", "/manage/", "/api/", "/soap/");
    private static final List<String> SINGLE = List.of("X-Content-Type-Options", "Referrer-Policy");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // an error page (also one the container shows when it refuses a request before any filter) answers for the
        // address that was asked for
        var asked = request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : request.getRequestURI();
        var path = asked.substring(Math.min(asked.length(), request.getContextPath().length()));
        // "/%70ortal/" and "/portal;x/" reach the portal too: decide on the path as the container routes it
        var headers = new Headers(response, personal(path) || personal(RequestPaths.normalized(path))
                || request.getDispatcherType() != DispatcherType.ERROR && personal(RequestPaths.mapped(request)));
        headers.apply();
        chain.doFilter(request, headers);
    }

    /** Whether answers to this path (inside the app) hold what only a signed-in caller may see. */
    static boolean personal(String path) {
        return PERSONAL.stream().anyMatch(path::startsWith);
    }

    /** The headers of an API or SOAP answer written before any filter ran (authentication, {@link ErrorBodies}). */
    static void apiAnswer(HttpServletResponse response) {
        new Headers(response, true).apply();
    }

    /**
     * Sets the headers again after a reset (PrimeFaces' exporter resets the response before it writes a file) and
     * keeps no-store when later code sets caching of its own (the exporter answers "must-revalidate").
     */
    private static final class Headers extends HttpServletResponseWrapper {
        private final boolean personal;

        Headers(HttpServletResponse response, boolean personal) {
            super(response);
            this.personal = personal;
        }

        void apply() {
            super.setHeader("X-Content-Type-Options", "nosniff");
            super.setHeader("Referrer-Policy", "same-origin");
            if (personal) {
                super.setHeader("Cache-Control", NO_STORE);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, kept(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (kept(name)) {
                super.setHeader(name, NO_STORE);
            } else if (SINGLE.stream().anyMatch(name::equalsIgnoreCase)) {
                super.setHeader(name, value); // a resource that sets them too must not send them twice
            } else {
                super.addHeader(name, value);
            }
        }

        private boolean kept(String name) {
            return personal && "Cache-Control".equalsIgnoreCase(name);
        }
    }
}
