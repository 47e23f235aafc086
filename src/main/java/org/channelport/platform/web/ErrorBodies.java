package org.channelport.platform.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Error answers written before JAX-RS or CXF are reached (authentication, access checks): the same problem+json and
 * SOAP-fault shapes that the API mappers produce, with the text escaped.
 */
public final class ErrorBodies {
    private static final Logger LOG = Logger.getLogger(ErrorBodies.class.getName());

    private ErrorBodies() {}

    public static void problem(HttpServletResponse response, int status, String title, String detail) {
        write(response, status, "application/problem+json", Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail)
                .build().toString());
    }

    public static void soapFault(HttpServletResponse response, int status, String detail) {
        write(response, status, "text/xml", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body><soap:Fault><faultcode>soap:" + (status >= 500 ? "Server" : "Client")
                + "</faultcode><faultstring>" + xml(detail)
                + "</faultstring></soap:Fault></soap:Body></soap:Envelope>");
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body) {
        try {
            response.setStatus(status);
            SecurityHeadersFilter.apiAnswer(response);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(contentType);
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            LOG.fine("Client went away before the error was sent");
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
