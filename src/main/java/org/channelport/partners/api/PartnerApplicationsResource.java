package org.channelport.partners.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.channelport.partners.application.PartnerApplicationService;
import org.channelport.platform.rest.ClientAddress;
import org.channelport.platform.rest.RateLimiter;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public: a company applies to become a partner (rules PA1, PA2). Rate limited per client address. */
@Path("partner-applications")
@PermitAll
public class PartnerApplicationsResource {
    @Inject
    PartnerApplicationService applications;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    ClientAddress clientAddress;
    @Context
    HttpServletRequest request;

    public record SubmittedJson(UUID id, String status) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to become a partner", description = "Public. Field errors come back as 400 problem+json.")
    @APIResponse(responseCode = "202", description = "The application is queued for review.")
    @APIResponse(responseCode = "409", description = "A partner or pending application with this name or tax id exists.")
    @APIResponse(responseCode = "429", description = "Too many applications from this address; see Retry-After.")
    public Response submit(PartnerApplicationJson body) {
        rateLimiter.acquire("partner-applications", clientAddress.of(request));
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.emptyBody", "The request body is empty.");
        }
        var id = applications.submit(body.toProfile());
        return Response.accepted(new SubmittedJson(id, "SUBMITTED")).build();
    }
}
