package org.channelport.platform.rest;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All machine APIs live under /api/v1; clients authenticate with Keycloak bearer tokens (see identity).
 *
 * <p>The resources and providers are listed explicitly (our own packages only): left to scanning, Jersey would also
 * publish the @Path interfaces of keycloak-admin-client under /api/v1.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Channelport API", version = "1",
        description = "Partner directory and onboarding, leads, deal registrations and the catalog for ERP, CRM and "
                + "partner systems. "
                + "Every operation but the public partner application needs a bearer token from the realm's Keycloak. "
                + "Errors are application/problem+json."),
        security = @org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ownClasses();
    }

    /** The resources and providers of our own packages. */
    static Set<Class<?>> ownClasses() {
        return CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.getName().startsWith("org.channelport."))
                .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                .collect(Collectors.toSet());
    }
}
