package org.channelport.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.channelport.shared.DomainException;

/**
 * The caller of this request, whichever channel it came through (rule I3). Partner identity and roles are read from
 * verified token claims only (rule I4): the bearer token's on /api and /soap, the ID token of the browser session
 * (verified by the OpenID Connect mechanism at sign-in and at every refresh) elsewhere. Never from the container's
 * group mapping: under load Payara loses a signed-in caller's groups between the authentication mechanism and the
 * role check (payara/Payara#6145), and correctly signed-in people were refused. Every context asks this bean; none
 * reads tokens itself.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {
    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;
    @Inject
    Instance<OpenIdContext> openId;

    private Optional<UUID> partnerId;
    private Set<String> roles;

    public boolean isAuthenticated() {
        return security.getCallerPrincipal() != null;
    }

    public String name() {
        var principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The realm roles of Channelport that the caller's verified token carries (its {@code groups} claim). */
    public Set<String> roles() {
        if (roles == null) {
            if (!isAuthenticated()) {
                roles = Set.of();
            } else {
                var bearer = bearerClaims();
                roles = Set.copyOf(bearer.isPresent() ? BearerTokenMechanism.roles(bearer.get())
                        : sessionClaims().map(claims -> claims.getArrayStringClaim("groups")).orElse(List.of()));
            }
        }
        return roles;
    }

    public boolean isChannelManager() { return hasRole(Roles.CHANNEL_MANAGER); }
    public boolean isErp() { return hasRole(Roles.ERP_INTEGRATION); }
    public boolean isPartnerAdmin() { return hasRole(Roles.PARTNER_ADMIN) && partnerId().isPresent(); }

    /** Brand-owner staff and the ERP see every partner; everyone else only their own. */
    public boolean seesAllPartners() {
        return isChannelManager() || isErp();
    }

    /** The partner organization this caller acts for, from the token's partner_id claim. */
    public Optional<UUID> partnerId() {
        if (partnerId == null) {
            partnerId = claim("partner_id").flatMap(CurrentUser::uuid);
        }
        return partnerId;
    }

    public UUID requirePartner() {
        return partnerId().orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "error.notPartner",
                "Only members of a partner organization can do this."));
    }

    /** The OAuth client a bearer token was issued to (azp), for API credentials; empty for browser sessions. */
    public Optional<String> apiClientId() {
        return bearerClaims().map(c -> (String) c.getClaim("azp"));
    }

    public boolean isMachine() {
        return bearerClaims().isPresent();
    }

    private Optional<String> claim(String name) {
        var bearer = bearerClaims();
        if (bearer.isPresent()) {
            try {
                return Optional.ofNullable(bearer.get().getStringClaim(name));
            } catch (ParseException e) {
                return Optional.empty();
            }
        }
        return sessionClaims().flatMap(claims -> claims.getStringClaim(name));
    }

    /** The claims of the browser session's ID token, which the OpenID Connect mechanism verified. */
    private Optional<JwtClaims> sessionClaims() {
        if (!isAuthenticated() || !openId.isResolvable()) {
            return Optional.empty();
        }
        try {
            var context = openId.get();
            return context.getIdentityToken() == null ? Optional.empty()
                    : Optional.ofNullable(context.getIdentityToken().getJwtClaims());
        } catch (RuntimeException notAnOpenIdSession) {
            return Optional.empty();
        }
    }

    private Optional<JWTClaimsSet> bearerClaims() {
        return Optional.ofNullable((JWTClaimsSet) request.getAttribute(BearerTokenMechanism.CLAIMS_ATTRIBUTE));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
