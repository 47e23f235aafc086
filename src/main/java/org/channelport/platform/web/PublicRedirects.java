package org.channelport.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;

/**
 * Rule P11: every redirect of the app (servlets, filters, Faces' {@code faces-redirect}) points at {@code app.base-url}.
 * The container makes a relative {@code sendRedirect} absolute with the request's Host header, so
 * {@code Host: evil.example} on /login answered {@code Location: http://evil.example/home}. Declared first in web.xml,
 * so that every other filter and servlet sends its redirects through it.
 */
public class PublicRedirects extends HttpFilter {
    private String baseUrl;

    @Override
    public void init() {
        baseUrl = org.channelport.platform.BaseUrl.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (isCommitted()) {
                    super.sendRedirect(location);
                    return;
                }
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", absolute(baseUrl, request.getRequestURI(), location));
            }
        });
    }

    /**
     * The redirect target: absolute addresses (Keycloak's) as they are; a path from the app's base URL; a relative
     * reference resolved against the request's path under the base URL.
     */
    static String absolute(String baseUrl, String requestUri, String location) {
        URI target;
        try {
            target = URI.create(location);
        } catch (IllegalArgumentException unparsable) {
            return baseUrl + "/";
        }
        if (target.isAbsolute()) {
            return location;
        }
        if (location.startsWith("//")) {
            // A scheme-relative address names another host: never follow it from a relative redirect.
            return baseUrl + "/";
        }
        if (location.startsWith("/")) {
            return baseUrl + location;
        }
        return URI.create(baseUrl + (requestUri == null || requestUri.isEmpty() ? "/" : requestUri)).resolve(target)
                .toString();
    }
}
