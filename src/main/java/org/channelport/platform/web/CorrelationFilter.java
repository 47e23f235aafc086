package org.channelport.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/** Gives every request (and every error page) a short correlation id (response header X-Correlation-Id) that error messages and logs quote. */
@WebFilter(filterName = "correlation", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CorrelationFilter extends HttpFilter {
    public static final String ATTRIBUTE = "channelport.correlationId";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The current request's id, or a fresh one outside a request. */
    public static String current() {
        var id = CURRENT.get();
        return id != null ? id : newId();
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // an error page keeps the id of the request that failed (the one its log lines carry); one that the container
        // sends without a request of ours (a refused URL) gets its own, so that "Reference" is never empty
        var id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept : newId();
        CURRENT.set(id);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader("X-Correlation-Id", id);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }
}
