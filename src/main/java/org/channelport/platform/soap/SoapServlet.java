package org.channelport.platform.soap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.channelport.platform.web.ErrorBodies;

/**
 * Apache CXF (Payara Micro has only the JAX-WS API) publishing every {@link SoapEndpoint} bean at /soap/{address},
 * WSDL at ?wsdl. Callers need a bearer token (identity rule I2) with a machine or manager role; CXF's own parser
 * refuses DTDs, so external entities and entity expansion never reach the endpoints.
 */
@WebServlet(urlPatterns = "/soap/*", loadOnStartup = 2,
        initParams = @jakarta.servlet.annotation.WebInitParam(name = "hide-service-list-page", value = "true"))
public class SoapServlet extends CXFNonSpringServlet {
    private static final Logger LOG = Logger.getLogger(SoapServlet.class.getName());
    private static final String[] ALLOWED = {"erp-integration", "partner-api", "channel-manager"};

    @Override
    protected void loadBus(ServletConfig config) {
        super.loadBus(config);
        for (var endpoint : CDI.current().select(SoapEndpoint.class)) {
            var factory = new JaxWsServerFactoryBean();
            factory.setBus(getBus());
            factory.setServiceClass(endpoint.implementationClass());
            factory.setServiceBean(endpoint);
            factory.setAddress("/" + endpoint.address());
            factory.create();
            LOG.info(() -> "SOAP endpoint published at /soap/" + endpoint.address());
        }
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (!"GET".equals(request.getMethod()) && !hasAllowedRole(request)) {
            ErrorBodies.soapFault(response, 403, "You are not allowed to call this service.");
            return;
        }
        super.invoke(request, response);
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
}
