package org.channelport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a request goes inside the app, however its path is spelled: every decision by path (which authentication,
 * which pages a role may open, which answers must not be cached) reads it here, never from the raw request URI, since
 * "/%70ortal/", "/portal;x=1/" and "/./portal/" reach the same pages.
 */
public final class RequestPaths {
    private RequestPaths() {}

    /** The path as the container mapped it (decoded and normalized), without path parameters. */
    public static String mapped(HttpServletRequest request) {
        var servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        var pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        // path parameters ("/api;x=1/v1") may survive in the mapped path; they never change where a request goes
        return (servletPath + pathInfo).replaceAll(";[^/]*", "");
    }

    /**
     * The request URI as the container will route it: percent-decoded, without path parameters, with "//", "/./" and
     * "/../" resolved. Used beside {@link #mapped} because some spellings ("/api;x=1/v1") are mapped late.
     */
    public static String normalized(HttpServletRequest request) {
        return normalized(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** {@link #normalized(HttpServletRequest)} of a path inside the app (as an error page's original URI). */
    public static String normalized(String uri) {
        try {
            var decoded = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
            var cleaned = decoded.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
            return URI.create(cleaned.replace(" ", "%20")).normalize().getPath();
        } catch (IllegalArgumentException unparsable) {
            return uri;
        }
    }
}
