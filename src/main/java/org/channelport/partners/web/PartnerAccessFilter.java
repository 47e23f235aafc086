package org.channelport.partners.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.channelport.partners.application.PartnerAccess;
import org.channelport.platform.web.ErrorBodies;

/**
 * Rule PA3 on every channel: a suspended partner's people and systems, deactivated users and revoked credentials are
 * turned away even while their Keycloak tokens are still valid. Browsers are signed out and shown why.
 */
@WebFilter(filterName = "partnerAccess", urlPatterns = {"/portal/*", "/api/*", "/soap/*", "/home"})
public class PartnerAccessFilter extends HttpFilter {
    @Inject
    PartnerAccess access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        var refusal = access.refusal();
        var path = org.channelport.platform.web.RequestPaths.mapped(request);
        if (refusal.isEmpty()) {
            if (noteSignIn(request, path) && "GET".equals(request.getMethod())
                    && (path.equals("/portal/") || path.equals("/portal/index.xhtml") || path.equals("/home"))) {
                // issue 10: a person's first sign-in lands on the first steps, unless a link asked for a page
                response.sendRedirect(request.getContextPath() + "/portal/welcome.xhtml");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        var reason = refusal.get();
        var message = switch (reason) {
            case PARTNER_SUSPENDED -> "Your organization's access to Channelport is suspended.";
            case USER_DEACTIVATED -> "Your account has been deactivated.";
            case CREDENTIAL_REVOKED -> "This API credential has been revoked.";
        };
        if (path.startsWith("/api/")) {
            ErrorBodies.problem(response, 403, "Forbidden", message);
        } else if (path.startsWith("/soap/")) {
            ErrorBodies.soapFault(response, 403, message);
        } else {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/access-refused.xhtml?reason=" + reason.name());
        }
    }

    /**
     * A person's browser session records its sign-in once (the first one shows on the users page and the home).
     *
     * @return whether it was the person's first sign-in ever
     */
    private boolean noteSignIn(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.startsWith("/soap/")) {
            return false;
        }
        var session = request.getSession(false);
        if (session == null || session.getAttribute(SIGN_IN_NOTED) != null) {
            return false;
        }
        session.setAttribute(SIGN_IN_NOTED, Boolean.TRUE);
        return access.noteSignIn();
    }

    private static final String SIGN_IN_NOTED = "channelport.signInNoted";
}
