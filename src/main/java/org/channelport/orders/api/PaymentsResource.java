package org.channelport.orders.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.orders.application.FulfilmentService;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Payments over REST (issue 11, rule O18): the ERP records what a partner paid on its invoices. */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class PaymentsResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    FulfilmentService fulfilment;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "recordPayment", summary = "The ERP records a payment on one or more invoices (a distributor: on its own)",
            description = "Each amount above 0 and at most what its invoice still owes (422 naming the field, nothing "
                    + "recorded). The reference is the payment: sent again with the same content it answers 200 with "
                    + "it; with other content 409. An order is paid when it is invoiced and all its invoices are.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FulfilmentJson.PaymentOut.class)))
    public Response record(FulfilmentJson.NewPayment body, @HeaderParam(Idempotency.HEADER) String key) {
        var sent = Params.required(body, "body");
        return idempotency.once(user.name(), key, sent, () -> {
            var recorded = fulfilment.pay(sent.toRequest());
            return new Idempotency.Answer(recorded.replayed() ? 200 : 201, null,
                    JSON.toJson(FulfilmentJson.of(recorded.value(), sent.invoices())));
        });
    }
}
