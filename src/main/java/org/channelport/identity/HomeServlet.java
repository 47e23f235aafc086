package org.channelport.identity;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Rule I1: where a signed-in person lands. /callback is Keycloak's redirect target (the OIDC mechanism has already
 * completed the login when it reaches here): the page the person asked for before signing in ({@link ReturnTarget}),
 * else home; /home routes by role; /logout ends both sessions, and is harmless
 * without one. Redirects are made absolute from app.base-url, never from the Host header (platform PublicRedirects).
 */
@WebServlet(urlPatterns = {"/home", "/callback", "/logout", "/login"})
public class HomeServlet extends HttpServlet {
    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        var base = request.getContextPath();
        switch (request.getServletPath()) {
            case "/logout" -> {
                if (request.getUserPrincipal() != null) {
                    // Without a signed-in user, Soteria's logout fails on the missing identity token (a 500): there
                    // is nothing to end at Keycloak then, only a session to drop.
                    request.logout();
                }
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                if (!response.isCommitted()) {
                    response.sendRedirect(base + "/");
                }
            }
            case "/login" -> {
                // /home is protected: the OIDC mechanism redirects an anonymous visitor to Keycloak.
                response.sendRedirect(base + "/home");
            }
            case "/callback" -> {
                var target = user.isAuthenticated() ? ReturnTarget.take(request, user) : java.util.Optional.<String>empty();
                if (target.isPresent()) {
                    response.sendRedirect(base + target.get());
                } else {
                    home(response, base);
                }
            }
            default -> home(response, base);
        }
    }

    private void home(HttpServletResponse response, String base) throws IOException {
        if (!user.isAuthenticated()) {
            response.sendRedirect(base + "/");
        } else if (user.isChannelManager()) {
            response.sendRedirect(base + "/manage/");
        } else if (user.partnerId().isPresent()) {
            response.sendRedirect(base + "/portal/");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
