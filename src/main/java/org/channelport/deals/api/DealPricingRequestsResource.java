package org.channelport.deals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.channelport.deals.application.DealReviewService;
import org.channelport.identity.Roles;
import org.channelport.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Channel managers decide special pricing requests (rule D9): approve within their discount authority, reject with a
 * reason, or escalate a discount beyond it to a manager whose authority covers it.
 */
@Path("deal-pricing-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CHANNEL_MANAGER)
@SecurityRequirement(name = "keycloak")
public class DealPricingRequestsResource {
    @Inject
    DealReviewService review;

    public enum PricingDecision { APPROVE, REJECT, ESCALATE }

    public record PricingDecisionJson(@org.channelport.platform.rest.EnumOf(PricingDecision.class) String decision,
                                      String note) {}

    public record PricingDecidedJson(String id, String status) {}

    @POST
    @Path("{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideDealPricingRequest",
            summary = "APPROVE (within your authority), REJECT (with a reason in note) or ESCALATE a pricing request")
    public PricingDecidedJson decide(@PathParam("requestId") String requestId, PricingDecisionJson decision) {
        var id = Params.id(requestId, "pricing request");
        var choice = Params.required(Params.choice(PricingDecision.class, decision.decision(), "decision"), "decision");
        var status = switch (choice) {
            case APPROVE -> review.approvePricing(id, decision.note());
            case REJECT -> review.rejectPricing(id, decision.note());
            case ESCALATE -> review.escalatePricing(id, decision.note());
        };
        return new PricingDecidedJson(id.toString(), status.name());
    }
}
