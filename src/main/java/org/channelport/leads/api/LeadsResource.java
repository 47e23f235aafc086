package org.channelport.leads.api;

import org.channelport.shared.FieldProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.leads.application.AssignmentRow;
import org.channelport.leads.application.InvalidLead;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadInput;
import org.channelport.leads.application.LeadIntakeService;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadWorkService;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.channelport.platform.rest.Params;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Leads for CRMs, the ERP and partner systems. erp-integration (and channel managers) push brand leads, which are
 * de-duplicated and routed (rules L1, L2, L4), and read every lead; partner-api pushes the partner's own leads (L3),
 * reads only the leads its partner holds (contact details hidden until accepted, L9) and accepts, declines and works
 * them (L10, L11).
 */
@Path("leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class LeadsResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LeadIntakeService intake;
    @Inject
    LeadWorkService work;
    @Inject
    LeadQueries queries;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    @Schema(name = "LeadPage", description = "One page of leads, with the total of the filter.")
    public record PageJson(List<LeadJson> items, int page, int size, long total) {}

    public record ResultJson(int index, String status, String id, List<ProblemJson> errors) {}

    public record ProblemJson(String field, String message) {}

    public record BatchJson(int created, int duplicates, int invalid, List<ResultJson> results) {}

    public record DeclineJson(@Schema(description = "Why your organization declines the lead.") String reason) {}

    public record StatusJson(@Schema(enumeration = {"CONTACTED", "QUALIFIED", "DISQUALIFIED"}) String status,
                             String note,
                             @Schema(description = "DISQUALIFIED: why.") String reason) {}

    public record ConversionJson(@Schema(description = "The opportunity's value.", example = "48000") BigDecimal value,
                                 @Schema(example = "EUR") String currency,
                                 @Schema(description = "YYYY-MM-DD.", example = "2027-02-28") String expectedCloseDate,
                                 String note) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit("app.rest.max-batch-bytes")
    @Operation(operationId = "createLeads",
            summary = "Create one lead (a JSON object: 201) or a batch (a JSON array of up to 1000: 200 with a result "
            + "per lead)", description = "Send Idempotency-Key to make retries safe. Brand leads are de-duplicated on "
            + "e-mail, or company and country (409 for a single duplicate), and routed at once.")
    @APIResponse(responseCode = "201", description = "One lead created; Location names it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadJson.class)))
    @APIResponse(responseCode = "200", description = "A batch: a result per lead, in the order sent.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchJson.class)))
    @APIResponse(responseCode = "409", description = "A single lead that duplicates a brand lead.")
    public Response create(@RequestBody(description = "One lead, or an array of up to 1000.", required = true)
                           JsonBodies.OneOrMany<NewLeadJson> body, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        return idempotency.once(user.name(), key, body, () -> {
            if (body.isMany()) {
                var items = body.many();
                var commands = new ArrayList<NewLeadCommand>();
                var results = new ArrayList<ResultJson>();
                for (int i = 0; i < items.size(); i++) {
                    try {
                        commands.add(items.get(i) == null ? null : items.get(i).toCommand());
                    } catch (InvalidLead e) {
                        commands.add(null);
                        results.add(new ResultJson(i, "INVALID", null, problems(e.problems())));
                    }
                }
                var outcomes = intake.createAll(commands);
                int created = 0;
                int duplicates = 0;
                for (var o : outcomes) {
                    if (results.stream().anyMatch(r -> r.index() == o.index())) {
                        continue;
                    }
                    results.add(new ResultJson(o.index(), o.kind().name(), o.leadId() == null ? null : o.leadId().toString(),
                            o.problems().stream().map(p -> new ProblemJson(p.field(), p.message())).toList()));
                    created += o.kind() == LeadIntakeService.Outcome.Kind.CREATED ? 1 : 0;
                    duplicates += o.kind() == LeadIntakeService.Outcome.Kind.DUPLICATE ? 1 : 0;
                }
                results.sort(java.util.Comparator.comparingInt(ResultJson::index));
                var reply = new BatchJson(created, duplicates, results.size() - created - duplicates, results);
                return new Idempotency.Answer(200, null, JSON.toJson(reply));
            }
            var id = intake.create(body.one().toCommand());
            return new Idempotency.Answer(201, uri.getAbsolutePathBuilder().path(id.toString()).build(),
                    JSON.toJson(LeadJson.of(queries.get(id))));
        });
    }

    @GET
    @Operation(operationId = "listLeads",
            summary = "List leads", description = "Newest change first; filters combine with AND.")
    public PageJson list(@QueryParam("status") String status, @QueryParam("country") String country,
                         @QueryParam("productLine") String productLine, @QueryParam("updatedSince") String updatedSince,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        int p = number(page, "page");
        int s = number(size, "size");
        var filter = new LeadFilter(status(status), country, LeadJson.productLine(productLine), null, null,
                instant(updatedSince));
        var result = queries.list(filter, Params.offset(p, s), s);
        return new PageJson(result.items().stream().map(LeadJson::of).toList(), p, s, result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLead", summary = "One lead")
    public LeadJson get(@PathParam("id") String id) {
        return LeadJson.of(queries.get(id(id)));
    }

    @GET
    @Path("{id}/assignments")
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "listLeadAssignments", summary = "Every offer of the lead with its routing explanation")
    public List<AssignmentRow> assignments(@PathParam("id") String id) {
        var lead = id(id);
        queries.get(lead);
        return queries.assignments(lead);
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "acceptLead", summary = "Accept a lead offered to your organization (before its deadline)")
    public LeadJson accept(@PathParam("id") String id) {
        var lead = id(id);
        work.accept(lead);
        return LeadJson.of(queries.get(lead));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "declineLead", summary = "Decline a lead offered to your organization, with a reason")
    public void decline(@PathParam("id") String id, DeclineJson body) {
        work.decline(id(id), body == null ? null : body.reason());
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "setLeadStatus",
            summary = "Record progress: CONTACTED, QUALIFIED or DISQUALIFIED (with a reason)")
    public LeadJson status(@PathParam("id") String id, StatusJson body) {
        var lead = id(id);
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", "Send status, note and reason.");
        }
        work.updateStatus(lead, status(body.status()), body.note(), body.reason());
        return LeadJson.of(queries.get(lead));
    }

    @POST
    @Path("{id}/conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "convertLead",
            summary = "Convert the lead: the opportunity's value, currency and expected close date (YYYY-MM-DD)")
    public LeadJson convert(@PathParam("id") String id, ConversionJson body) {
        var lead = id(id);
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body",
                    "Send value, currency and expectedCloseDate.");
        }
        work.convert(lead, body.value(), body.currency(), date(body.expectedCloseDate()), body.note());
        return LeadJson.of(queries.get(lead));
    }

    static LeadStatus status(String value) {
        return Params.choice(LeadStatus.class, value, "status");
    }

    static int number(String value, String name) {
        return Params.number(value, name);
    }

    static UUID id(String value) {
        return Params.id(value, "lead");
    }

    private static Instant instant(String value) {
        return Params.instant(value, "updatedSince");
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "lead.closeDate.invalid",
                    "expectedCloseDate must be a date such as 2026-12-31.").at("expectedCloseDate");
        }
    }

    static List<ProblemJson> problems(List<FieldProblem> problems) {
        return problems.stream().map(p -> new ProblemJson(p.field(), p.message())).toList();
    }
}
