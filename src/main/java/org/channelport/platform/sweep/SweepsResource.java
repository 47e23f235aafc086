package org.channelport.platform.sweep;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.identity.Roles;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Runs a sweep now (operations, or an external scheduler instead of the built-in timers). Safe to call from several
 * places at once.
 */
@Path("{sweep: [a-z]{1,20}}-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class SweepsResource {
    @Inject
    Sweeper sweeper;

    @POST
    @Operation(operationId = "runSweep",
            summary = "Run a sweep now and answer what it did: lead-sweeps sends due reminders and recalls leads "
            + "whose SLA has passed ({reminded, recalled, rerouted}); deal-sweeps sends due expiry reminders and expires "
            + "registrations whose protection has ended ({reminded, expired})")
    public Map<String, Integer> sweep(@Parameter(description = "lead or deal") @PathParam("sweep") String name) {
        return counts(sweepAll(sweeper.named(name).orElseThrow(() -> DomainException.notFound("sweep", name))));
    }

    /** What a sweep did, by name: each sweep counts other things, so the answer is a map of counts. */
    static Map<String, Integer> counts(Object tally) {
        var counts = new LinkedHashMap<String, Integer>();
        if (tally instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                if (component.getType() == int.class || component.getType() == Integer.class) {
                    try {
                        var accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        counts.put(component.getName(), (Integer) accessor.invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return counts;
    }

    private <R extends Sweep.Tally<R>> R sweepAll(Sweep<R> sweep) {
        return sweeper.sweepAll(sweep);
    }
}
