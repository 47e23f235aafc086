package org.channelport.leads.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.channelport.identity.Roles;
import org.channelport.leads.application.LeadSweepService;
import org.channelport.leads.application.LeadSweeper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Runs the SLA sweep now (operations, or an external scheduler instead of the built-in 30-second one). Safe to call
 * from several places at once (rule L12).
 */
@Path("lead-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class LeadSweepsResource {
    @Inject
    LeadSweeper sweeper;

    @POST
    @Operation(summary = "Send due reminders and recall leads whose SLA has passed; answers what it did")
    public LeadSweepService.Result sweep() {
        return sweeper.sweepAll();
    }
}
