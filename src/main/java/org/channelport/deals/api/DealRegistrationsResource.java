package org.channelport.deals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.channelport.deals.application.DealAttachmentService;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealRegistrationService;
import org.channelport.deals.application.DealReviewService;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.PricingKind;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.EnumOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.Params;
import org.channelport.shared.ProductLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Deal registrations for partner systems, the ERP and channel managers' tools. partner-api registers its partner's
 * opportunities (rule D1), which are checked for conflicts at submission (D3, D5), edits and resubmits them when asked
 * (D2), asks for an extension and closes them (D7, D8), asks for special pricing (D9) and attaches documents (D10);
 * it sees only its own registrations and of a conflict only that one exists (D4). Channel managers decide (D6, D7, D9)
 * and see conflicts side by side; the ERP reads everything (D12: {@code updatedSince}). The rules live in the services;
 * this class only translates.
 */
@Path("deal-registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class DealRegistrationsResource {
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Pattern DISPOSITION_NAME =
            Pattern.compile("filename\\*?\\s*=\\s*(?:UTF-8'[^']*')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    @Inject
    DealRegistrationService registrations;
    @Inject
    DealReviewService review;
    @Inject
    DealAttachmentService attachments;
    @Inject
    DealQueries queries;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    @Schema(name = "DealRegistrationPage", description = "One page of registrations, with the total of the filter.")
    public record PageJson(List<DealJson> items, int page, int size, long total) {}

    public record SubmissionJson(String id, String reference, String status, boolean possibleConflict) {}

    public record DecisionJson(@EnumOf(Decision.class) String decision,
                               @Schema(description = "The reason of a rejection, or the question to the partner.")
                               String note) {}

    public record ExtensionJson(String reason) {}

    public record ExtensionDecisionJson(Boolean approve, String note) {}

    public record ClosureJson(@EnumOf(Outcome.class) String outcome,
                              @Schema(description = "WON: the amount won.") BigDecimal amount,
                              @Schema(description = "LOST: why.") String reason) {}

    public record PricingRequestJson(@EnumOf(ProductLine.class) String productLine,
                                     @EnumOf(PricingKind.class) String kind,
                                     @Schema(description = "PERCENT: the discount in percent; TARGET_PRICE: the price.")
                                     BigDecimal value,
                                     String justification) {}

    public enum Decision { APPROVE, REJECT, REQUEST_INFO }

    public enum Outcome { WON, LOST }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "registerDeal",
            summary = "Register an opportunity and submit it (201); with \"draft\": true only save a draft",
            description = "Send Idempotency-Key to make retries safe. The submission is checked for conflicts: HELD "
                    + "with possibleConflict when another registration or lead of the customer competes; 409 and "
                    + "nothing saved when another partner's protected registration has the same tax id or domain. "
                    + "Dates are YYYY-MM-DD; every invalid field is listed at once.")
    @APIResponse(responseCode = "201", description = "Registered (or saved as a draft); Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealJson.class)))
    public Response register(DealRegistrationJson body, @HeaderParam(Idempotency.HEADER) String key,
                             @Context UriInfo uri) {
        return idempotency.once(user.name(), key, body, () -> {
            var parsed = body.toCommand();
            var lead = leadId(body.leadId());
            UUID id;
            if (Boolean.TRUE.equals(body.draft())) {
                id = registrations.createDraft(parsed.command(), lead, parsed.problems());
            } else {
                id = registrations.register(parsed.command(), lead, parsed.problems()).id();
            }
            var json = DealJson.of(queries.get(id));
            return new Idempotency.Answer(201, uri.getAbsolutePathBuilder().path(id.toString()).build(),
                    JSON.toJson(json));
        });
    }

    @GET
    @Operation(operationId = "listDealRegistrations", summary = "List registrations (a partner system sees its own)",
            description = "Newest change first; filters combine with AND. CRMs poll with updatedSince (ISO instant).")
    public PageJson list(@QueryParam("updatedSince") String updatedSince, @QueryParam("status") String status,
                         @QueryParam("stage") String stage, @QueryParam("country") String country,
                         @QueryParam("productLine") String productLine,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        int p = Params.number(page, "page");
        int s = Params.number(size, "size");
        var filter = new DealFilter(null, Params.choice(DealStage.class, stage, "stage"),
                Params.choice(DealStatus.class, status, "status"),
                country, null,
                Params.choice(ProductLine.class, productLine, "productLine"), null, null, null,
                Params.instant(updatedSince, "updatedSince"), null, false);
        var result = queries.list(filter, Params.offset(p, s), s);
        return new PageJson(result.items().stream().map(DealJson::of).toList(), p, s, result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDealRegistration", summary = "One registration with its product lines")
    public DealJson get(@PathParam("id") String id) {
        return DealJson.of(queries.get(id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "editDealRegistration",
            summary = "Edit a draft, or a registration a manager asked about (then submit it again)")
    public DealJson edit(@PathParam("id") String id, DealRegistrationJson body) {
        var deal = id(id);
        var parsed = body.toCommand();
        registrations.edit(deal, parsed.command(), parsed.problems());
        return DealJson.of(queries.get(deal));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "submitDealRegistration",
            summary = "Submit a draft, or resubmit after answering a question: the status and whether a possible "
            + "conflict was found")
    public SubmissionJson submit(@PathParam("id") String id) {
        var submission = registrations.submit(id(id));
        var deal = queries.get(submission.id());
        return new SubmissionJson(submission.id().toString(), deal.getReference(), submission.status().name(),
                submission.possibleConflict());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "discardDealRegistration", summary = "Discard a draft")
    public void discard(@PathParam("id") String id) {
        registrations.discard(id(id));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @Operation(operationId = "decideDealRegistration",
            summary = "Decide: APPROVE (a second manager approves above the currency's threshold), REJECT with a "
            + "reason in note, or REQUEST_INFO with the question in note")
    public DealJson decide(@PathParam("id") String id, DecisionJson decision) {
        var deal = id(id);
        switch (Params.required(Params.choice(Decision.class, decision.decision(), "decision"), "decision")) {
            case APPROVE -> review.approve(deal, decision.note());
            case REJECT -> review.reject(deal, decision.note());
            case REQUEST_INFO -> review.requestInformation(deal, decision.note());
        }
        return DealJson.of(queries.get(deal));
    }

    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "requestDealExtension", summary = "Ask once for a longer protection, with a reason")
    public DealJson requestExtension(@PathParam("id") String id, ExtensionJson body) {
        var deal = id(id);
        registrations.requestExtension(deal, body.reason());
        return DealJson.of(queries.get(deal));
    }

    @POST
    @Path("{id}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @Operation(operationId = "decideDealExtension",
            summary = "Approve (more protection days) or decline a requested extension")
    public DealJson decideExtension(@PathParam("id") String id, ExtensionDecisionJson decision) {
        var deal = id(id);
        review.decideExtension(deal, Params.required(decision.approve(), "approve"), decision.note());
        return DealJson.of(queries.get(deal));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "closeDealRegistration",
            summary = "Close an approved registration: WON with the amount, or LOST with a reason")
    public DealJson close(@PathParam("id") String id, ClosureJson closure) {
        var deal = id(id);
        switch (Params.required(Params.choice(Outcome.class, closure.outcome(), "outcome"), "outcome")) {
            case WON -> registrations.closeWon(deal, closure.amount());
            case LOST -> registrations.closeLost(deal, closure.reason());
        }
        return DealJson.of(queries.get(deal));
    }

    @GET
    @Path("{id}/pricing-requests")
    @Operation(operationId = "listDealPricingRequests", summary = "The registration's special pricing requests")
    public List<DealRows.Pricing> pricing(@PathParam("id") String id) {
        return queries.pricing(id(id));
    }

    @POST
    @Path("{id}/pricing-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "requestDealPricing",
            summary = "Ask for special pricing on a product line of an approved registration: PERCENT discount or "
            + "TARGET_PRICE below the line's amount, with a justification")
    @APIResponse(responseCode = "201", description = "Requested.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealRows.Pricing.class)))
    public Response requestPricing(@PathParam("id") String id, PricingRequestJson request, @Context UriInfo uri) {
        var deal = id(id);
        var requestId = registrations.requestPricing(deal,
                Params.choice(ProductLine.class, request.productLine(), "productLine"),
                Params.choice(PricingKind.class, request.kind(), "kind"), request.value(), request.justification());
        var row = queries.pricing(deal).stream().filter(r -> r.getId().equals(requestId)).findFirst().orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("deal-pricing-requests").path(requestId.toString()).build())
                .entity(row).build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit("app.deals.attachment-max-bytes")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "attachDealFile",
            summary = "Attach a PDF, PNG or JPEG file: the raw file as the body, its name in ?name= (or a "
            + "Content-Disposition filename)", description = "The content must match the name's extension.")
    @APIResponse(responseCode = "201", description = "Attached.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealRows.Attachment.class)))
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name,
                           @HeaderParam("Content-Disposition") String disposition, byte[] body, @Context UriInfo uri) {
        var deal = id(id);
        var fileName = name != null && !name.isBlank() ? name : fileName(disposition);
        var attachmentId = attachments.attach(deal, fileName, body);
        var row = queries.attachments(deal).stream().filter(a -> a.getId().equals(attachmentId)).findFirst()
                .orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(attachmentId.toString()).build()).entity(row).build();
    }

    @GET
    @Path("{id}/attachments")
    @Operation(operationId = "listDealAttachments", summary = "The registration's files")
    public List<DealRows.Attachment> attachments(@PathParam("id") String id) {
        return queries.attachments(id(id));
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadDealAttachment", summary = "Download a file (always as an attachment)")
    @APIResponse(responseCode = "200", description = "The file, with its content type.", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        var file = queries.attachment(id(id), Params.id(attachmentId, "attachment"));
        var ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getDealRegistrationHistory",
            summary = "Every submission, question, answer and decision, oldest first")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return queries.history(id(id));
    }

    @GET
    @Path("{id}/conflicts")
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @Operation(operationId = "getDealConflicts",
            summary = "What the latest submission found, side by side (channel managers only)")
    public List<DealRows.Conflict> conflicts(@PathParam("id") String id) {
        return queries.conflicts(id(id));
    }

    static UUID id(String value) {
        return Params.id(value, "deal registration");
    }

    /** An optional lead id in a registration (D1: prefilled from a lead the partner holds). */
    static UUID leadId(String value) {
        return value == null || value.isBlank() ? null : Params.id(value.strip(), "lead");
    }

    private static String fileName(String disposition) {
        if (disposition == null) return null;
        var matcher = DISPOSITION_NAME.matcher(disposition);
        return matcher.find() ? java.net.URLDecoder.decode(matcher.group(1).strip().replace("+", "%2B"),
                StandardCharsets.UTF_8) : null;
    }
}
