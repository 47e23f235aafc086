package org.channelport.deals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.channelport.deals.application.DealSweepService;
import org.channelport.deals.application.DealSweeper;
import org.channelport.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Runs the protection sweep now (operations, or an external scheduler instead of the built-in one-minute timer): due
 * expiry reminders and expiries (rule D7). Safe to call from several places at once.
 */
@Path("deal-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class DealSweepsResource {
    @Inject
    DealSweeper sweeper;

    @POST
    @Operation(summary = "Send due expiry reminders and expire registrations whose protection has ended; answers "
            + "{reminded, expired}")
    public DealSweepService.Result sweep() {
        return sweeper.sweepAll();
    }
}
