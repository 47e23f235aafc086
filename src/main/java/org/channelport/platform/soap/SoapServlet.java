package org.channelport.platform.soap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.channelport.platform.web.ErrorBodies;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Apache CXF (Payara Micro has only the JAX-WS API) publishing every {@link SoapEndpoint} bean at /soap/{address},
 * WSDL at ?wsdl. Callers need a bearer token (identity rule I2) with a machine or manager role; CXF's own parser
 * refuses DTDs, so external entities and entity expansion never reach the endpoints. Request bodies are limited per
 * endpoint (rule P3, 413 fault before CXF reads them); a GET is a request for the description, anything else but POST
 * is a 405 fault; faults CXF raises itself are reworded without internals or echoed input ({@link FaultTexts}).
 */
@WebServlet(urlPatterns = "/soap/*", loadOnStartup = 2,
        initParams = @jakarta.servlet.annotation.WebInitParam(name = "hide-service-list-page", value = "true"))
public class SoapServlet extends CXFNonSpringServlet {
    private static final Logger LOG = Logger.getLogger(SoapServlet.class.getName());
    private static final String[] ALLOWED = {"erp-integration", "partner-api", "channel-manager"};

    /** Body limit in bytes by path ("/PartnerDirectory"). */
    private final Map<String, Long> limits = new ConcurrentHashMap<>();

    @Override
    protected void loadBus(ServletConfig config) {
        super.loadBus(config);
        getBus().getOutFaultInterceptors().add(new FaultTexts());
        var settings = ConfigProvider.getConfig();
        for (var endpoint : CDI.current().select(SoapEndpoint.class)) {
            var factory = new JaxWsServerFactoryBean();
            factory.setBus(getBus());
            factory.setServiceClass(endpoint.implementationClass());
            factory.setServiceBean(endpoint);
            factory.setAddress("/" + endpoint.address());
            factory.create();
            limits.put("/" + endpoint.address(), settings.getValue(endpoint.bodyLimit(), Long.class));
            LOG.info(() -> "SOAP endpoint published at /soap/" + endpoint.address());
        }
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (!limits.containsKey(endpointPath(request))) {
            // CXF would answer with a bit of HTML
            ErrorBodies.soapFault(response, 404, "There is no such service.");
            return;
        }
        if ("GET".equals(request.getMethod())) {
            if (asksForDescription(request)) {
                super.invoke(request, response);
            } else {
                // CXF would try to call an operation without a body: "No binding operation info", a server fault.
                response.setHeader("Allow", "POST, GET");
                ErrorBodies.soapFault(response, 405, "Call this service with POST; GET ?wsdl gives its description.");
            }
            return;
        }
        if (!hasAllowedRole(request)) {
            ErrorBodies.soapFault(response, 403, "You are not allowed to call this service.");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST, GET");
            ErrorBodies.soapFault(response, 405, "Call this service with POST.");
            return;
        }
        long limit = limits.get(endpointPath(request));
        if (request.getContentLengthLong() > limit) {
            ErrorBodies.soapFault(response, 413, "The request body is too large.");
            return;
        }
        try {
            // Read up to the limit (whether announced or streamed), so that CXF never holds more than the limit.
            var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit) + 1);
            if (body.length > limit) {
                ErrorBodies.soapFault(response, 413, "The request body is too large.");
                return;
            }
            super.invoke(new BufferedRequest(request, body), response);
        } catch (IOException e) {
            ErrorBodies.soapFault(response, 400, "The request body could not be read.");
        }
    }

    /** ?wsdl, ?WSDL or ?xsd=... (CXF's names for the description and its schemas). */
    private static boolean asksForDescription(HttpServletRequest request) {
        var query = request.getQueryString();
        if (query == null) {
            return false;
        }
        var first = query.split("&", 2)[0].split("=", 2)[0].toLowerCase(Locale.ROOT);
        return first.equals("wsdl") || first.equals("xsd");
    }

    private static String endpointPath(HttpServletRequest request) {
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return path.replaceAll(";[^/]*", "");
    }

    /** The caller's verified token roles (identity rule I4), not the container's group mapping. */
    private static boolean hasAllowedRole(HttpServletRequest request) {
        var user = CDI.current().select(org.channelport.identity.CurrentUser.class).get();
        for (var role : ALLOWED) {
            if (user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The request with its body already read (within the limit). */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
