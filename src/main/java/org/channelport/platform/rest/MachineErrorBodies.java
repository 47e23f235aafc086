package org.channelport.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.channelport.platform.web.CorrelationFilter;
import org.channelport.platform.web.ErrorBodies;

/**
 * Rule P2 for errors that Jersey, CXF or the container answer themselves on the machine channels (a Content-Type of
 * {@code ;;;} makes Jersey give up before any resource or mapper runs): instead of the container's HTML error page
 * with its server name, /api/ and /openapi get application/problem+json and /soap/ a SOAP fault, with the same
 * status (Payara answers {@code Accept: application/yaml} on /openapi with a 406).
 */
@WebFilter(filterName = "machineErrorBodies", urlPatterns = {"/api/*", "/soap/*", "/openapi", "/openapi/*"},
        asyncSupported = true)
public class MachineErrorBodies extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var soap = "/soap".equals(request.getServletPath());
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                sendError(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                if (isCommitted()) {
                    super.sendError(status);
                    return;
                }
                resetBuffer();
                var statusType = Response.Status.fromStatusCode(status);
                var reason = statusType == null ? "Error" : statusType.getReasonPhrase();
                var detail = status >= 500
                        ? "An unexpected error occurred (correlation id " + CorrelationFilter.current() + ")."
                        : ProblemMappers.detail(statusType == null ? Response.Status.BAD_REQUEST : statusType);
                if (soap) {
                    ErrorBodies.soapFault(this, status, detail);
                } else {
                    ErrorBodies.problem(this, status, reason, detail);
                }
            }
        });
    }
}
