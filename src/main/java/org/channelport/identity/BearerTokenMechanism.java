package org.channelport.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Logger;
import org.channelport.platform.web.ErrorBodies;
import org.channelport.platform.web.RequestPaths;

/**
 * Rule I2. One WAR cannot hold two authentication mechanisms, so machine paths (/api/, /soap/) are answered here with
 * bearer tokens and every other path is delegated to the OpenID Connect mechanism (browser login).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class BearerTokenMechanism implements HttpAuthenticationMechanism {
    public static final String CLAIMS_ATTRIBUTE = "channelport.bearerClaims";
    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    BearerTokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        var mapped = RequestPaths.mapped(request);
        var raw = RequestPaths.normalized(request);
        boolean soap = mapped.startsWith("/soap/") || raw.startsWith("/soap/");
        boolean api = mapped.startsWith("/api/") || raw.startsWith("/api/");
        if (!api && !soap) {
            var status = delegate.validateRequest(request, response, context);
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                // on the way to Keycloak's sign-in: come back here afterwards (rule I1; /callback reads it)
                ReturnTarget.remember(request, mapped);
            }
            return status;
        }
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                var claims = verifier.verify(header.substring(7).trim());
                request.setAttribute(CLAIMS_ATTRIBUTE, claims);
                return context.notifyContainerAboutLogin(callerName(claims), new HashSet<>(roles(claims)));
            } catch (BearerTokenVerifier.InvalidToken e) {
                LOG.fine(() -> "Bearer token refused: " + e.getMessage());
                return unauthorized(response, context, "The bearer token is invalid or expired.", soap);
            }
        }
        boolean wsdl = soap && "GET".equals(request.getMethod());
        if (context.isProtected() || (soap && !wsdl)) {
            return unauthorized(response, context, "A Keycloak bearer token is required.", soap);
        }
        return context.doNothing();
    }

    static String callerName(JWTClaimsSet claims) {
        try {
            var name = claims.getStringClaim("preferred_username");
            return name != null ? name : claims.getSubject();
        } catch (ParseException e) {
            return claims.getSubject();
        }
    }

    static List<String> roles(JWTClaimsSet claims) {
        try {
            var groups = claims.getStringListClaim("groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException e) {
            return List.of();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail, boolean soap) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"channelport\"");
        if (soap) {
            ErrorBodies.soapFault(response, 401, detail);
        } else {
            ErrorBodies.problem(response, 401, "Unauthorized", detail);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
