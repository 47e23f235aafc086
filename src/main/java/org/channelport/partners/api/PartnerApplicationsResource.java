package org.channelport.partners.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.channelport.identity.Roles;
import org.channelport.partners.application.PartnerApplicationService;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.rest.Params;
import org.channelport.platform.rest.ClientAddress;
import org.channelport.platform.rest.RateLimiter;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A company applies to become a partner (public, rate limited per client address: rules PA1, PA2), and a channel
 * manager decides the application (PA4), as in the console's review queue: the same service, the same checks.
 */
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
    @Operation(operationId = "submitPartnerApplication",
            summary = "Apply to become a partner", description = "Public. Field errors come back as 400 problem+json.")
    @org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet // public: no token
    @APIResponse(responseCode = "202", description = "The application is queued for review.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SubmittedJson.class)))
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

    public record ApprovalJson(@org.channelport.platform.rest.EnumOf(PartnerTier.class) String tier) {}

    public record RejectionJson(String reason) {}

    public record ApprovedJson(UUID id, String status, UUID partnerId) {}

    public record RejectedJson(UUID id, String status) {}

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @SecurityRequirement(name = "keycloak")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approvePartnerApplication", summary = "Approve an application (channel managers)",
            description = "Creates the partner with this tier, its Keycloak group and its administrator, who is mailed "
                    + "an invitation to set a password. The partner's id is the application's id.")
    @APIResponse(responseCode = "200", description = "The partner exists now.")
    @APIResponse(responseCode = "400", description = "The tier is missing or unknown.")
    @APIResponse(responseCode = "404", description = "No such application.")
    @APIResponse(responseCode = "409", description = "The application was decided already, or a partner with this "
            + "name or tax id exists.")
    public ApprovedJson approve(@PathParam("id") String id, ApprovalJson body) {
        var applicationId = Params.id(id, "application");
        var tier = Params.choice(PartnerTier.class, body == null ? null : body.tier(), "tier");
        if (tier == null) {
            throw new DomainException(DomainException.Kind.INVALID, "application.tier.required",
                    "Choose a tier for the new partner.").at("tier");
        }
        var partnerId = applications.approve(applicationId, tier);
        return new ApprovedJson(applicationId, "APPROVED", partnerId);
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @SecurityRequirement(name = "keycloak")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectPartnerApplication", summary = "Reject an application (channel managers)",
            description = "The applicant is mailed the reason.")
    @APIResponse(responseCode = "200", description = "Rejected.")
    @APIResponse(responseCode = "400", description = "The reason is missing.")
    @APIResponse(responseCode = "404", description = "No such application.")
    @APIResponse(responseCode = "409", description = "The application was decided already.")
    public RejectedJson reject(@PathParam("id") String id, RejectionJson body) {
        var applicationId = Params.id(id, "application");
        applications.reject(applicationId, body == null ? null : body.reason());
        return new RejectedJson(applicationId, "REJECTED");
    }
}
