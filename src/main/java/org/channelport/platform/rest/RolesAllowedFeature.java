package org.channelport.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.channelport.identity.CurrentUser;
import org.channelport.shared.DomainException;

/**
 * Enforces @RolesAllowed / @PermitAll / @DenyAll on resources (method before class): 403 problem+json for a caller
 * without one of the roles. The roles are the caller's verified token roles ({@link CurrentUser#roles()}, rule I4),
 * not the container's ({@code SecurityContext.isUserInRole}), which Payara may lose under load (payara/Payara#6145).
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {
    @Inject
    CurrentUser user;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        var method = resource.getResourceMethod();
        var type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Check(user, Set.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Check(user, Set.of(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new Check(user, Set.of()));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Check(user, Set.of(type.getAnnotation(RolesAllowed.class).value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        private final CurrentUser user;
        private final Set<String> roles;

        Check(CurrentUser user, Set<String> roles) {
            this.user = user;
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(user::hasRole)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "error.forbidden",
                        "Your role does not allow this operation.");
            }
        }
    }
}
