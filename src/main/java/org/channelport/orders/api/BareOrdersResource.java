package org.channelport.orders.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.channelport.identity.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The order intake benchmark's baseline (issue 11, OrderIntakeBench): the same JSON read the same way
 * ({@code JsonBodies}), the same sign-in and role check as {@code POST /api/v1/orders}, then 201 without touching the
 * database. It exists only where {@code app.bench.bare-endpoint} is true, which the benchmark profile sets on its test
 * servers; everywhere else it answers 404 like any unknown path.
 */
@Path("bench/bare-orders")
@Produces(MediaType.APPLICATION_JSON)
public class BareOrdersResource {
    @Inject
    @ConfigProperty(name = "app.bench.bare-endpoint", defaultValue = "false")
    boolean enabled;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(hidden = true)
    public Response place(OrderJson.NewOrder body) {
        if (!enabled) {
            throw new NotFoundException();
        }
        var parsed = body == null ? null : body.toRequest();
        var lines = parsed == null || parsed.request().lines() == null ? 0 : parsed.request().lines().size();
        return Response.status(201).entity("{\"lines\":" + lines + "}").build();
    }
}
