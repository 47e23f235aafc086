package org.channelport.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Rule I1: a link into the product (from a mail, a notification, a bookmark) survives sign-in. The page a signed-out
 * visitor asked for is kept in the session while Keycloak signs them in, and /callback sends them there instead of
 * home. Only the product's own pages are kept (a GET of a path under /portal/ or /manage/, with its query), so the
 * target can never be another site; whether the person may see it is decided on arrival, as for any request.
 *
 * <p>Why not the OIDC mechanism's {@code redirectToOriginalResource}: it makes Soteria fail on the restored request.
 */
public final class ReturnTarget {
    static final String ATTRIBUTE = "channelport.returnTarget";
    private static final int MAX_LENGTH = 2_000;

    private ReturnTarget() {}

    /** Keeps the request's page as where to go after sign-in, if it is one of the product's pages. */
    static void remember(HttpServletRequest request, String routedPath) {
        if (!"GET".equals(request.getMethod()) || !isPage(routedPath)) {
            return;
        }
        var query = request.getQueryString();
        var target = query == null ? routedPath : routedPath + "?" + query;
        if (target.length() <= MAX_LENGTH && target.chars().noneMatch(c -> c < 0x21 || c == 0x7f)) {
            request.getSession(true).setAttribute(ATTRIBUTE, target);
        }
    }

    /** Where to go after sign-in (once), if a page was asked for and belongs to this person's area. */
    static Optional<String> take(HttpServletRequest request, CurrentUser user) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String target)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        boolean own = target.startsWith("/manage/") ? user.isChannelManager()
                : target.startsWith("/portal/") && user.partnerId().isPresent();
        return own ? Optional.of(target) : Optional.empty();
    }

    static boolean isPage(String path) {
        // pages only: a style sheet or script the sign-in page's browser asked for is no place to land
        return path != null && (path.startsWith("/portal/") || path.startsWith("/manage/")) && !path.contains("//")
                && !path.contains("\\") && !path.contains(".faces.resource/");
    }
}
