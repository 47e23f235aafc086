package org.channelport.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Rule I4 for pages: who may open the portal and the console, decided from the roles of the caller's verified ID token
 * ({@link CurrentUser#roles()}). web.xml only demands a signed-in caller on these paths (role {@code **}), which starts
 * the sign-in; it names no role, because the container's role check reads the groups that Payara loses under load
 * (payara/Payara#6145). The most specific prefix wins.
 */
@WebFilter(filterName = "pageAccess", urlPatterns = {"/portal/*", "/manage/*"})
public class PageAccess extends HttpFilter {
    /** Path prefix and the roles of which the caller needs one; longest prefixes first. */
    static final List<Rule> RULES = List.of(
            new Rule("/portal/partners/api-credentials.xhtml", Set.of(Roles.PARTNER_ADMIN)),
            new Rule("/portal/partners/webhook", Set.of(Roles.PARTNER_ADMIN)),
            new Rule("/portal/", Set.of(Roles.PARTNER_USER, Roles.PARTNER_ADMIN)),
            new Rule("/manage/", Set.of(Roles.CHANNEL_MANAGER)));

    record Rule(String prefix, Set<String> roles) {}

    @Inject
    CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed(org.channelport.platform.web.RequestPaths.mapped(request), user.roles())) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Paths outside every rule are not this filter's business (it is mapped to the rules' prefixes only). */
    static boolean allowed(String path, Set<String> roles) {
        for (var rule : RULES) {
            if (path.startsWith(rule.prefix())) {
                return rule.roles().stream().anyMatch(roles::contains);
            }
        }
        return true;
    }
}
