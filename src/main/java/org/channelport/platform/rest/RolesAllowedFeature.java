package org.channelport.platform.rest;

import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/** Enforces @RolesAllowed / @PermitAll on resources (Jersey leaves it off unless registered): 403 for a wrong role. */
@Provider
public class RolesAllowedFeature extends RolesAllowedDynamicFeature {
}
