package org.channelport.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;
import org.channelport.shared.DomainException;

/**
 * The caller of this request, whichever channel it came through (rule I3). Partner identity is read from verified
 * token claims only. Every context asks this bean; none reads tokens itself.
 */
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;
    @Inject
    Instance<OpenIdContext> openId;

    private Optional<UUID> partnerId;

    public boolean isAuthenticated() {
        return security.getCallerPrincipal() != null;
    }

    public String name() {
        var principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
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
        if (!isAuthenticated() || !openId.isResolvable()) {
            return Optional.empty();
        }
        try {
            var context = openId.get();
            if (context.getIdentityToken() == null) {
                return Optional.empty();
            }
            return context.getIdentityToken().getJwtClaims().getStringClaim(name);
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
