package org.channelport.leads.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.channelport.identity.Roles;
import org.channelport.leads.application.RoutingRuleService;
import org.channelport.leads.domain.RoutingRule.RuleDefinition;
import org.channelport.leads.domain.RoutingStrategy;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;
import org.channelport.platform.rest.EnumOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Routing rules as code, for channel managers' scripts: the same rules and checks as the console (rule L4). */
@Path("routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CHANNEL_MANAGER)
@SecurityRequirement(name = "keycloak")
public class RoutingRulesResource {
    @Inject
    RoutingRuleService rules;

    public record RuleJson(@Schema(readOnly = true) String id, String name,
                           @Schema(readOnly = true, description = "Its place in the order rules are tried.")
                           Integer order, Boolean active,
                           @Schema(description = "ISO country codes; empty matches every country.")
                           List<String> countries, List<String> regions, List<String> postalPrefixes,
                           @EnumOf(ProductLine.class) List<String> productLines,
                           @EnumOf(PartnerType.class) List<String> partnerTypes,
                           @EnumOf(PartnerTier.class) String minTier, BigDecimal minScore,
                           @EnumOf(RoutingStrategy.class) String strategy,
                           Integer capacityCap, Integer acceptSlaHours, Integer followUpSlaHours) {
        RuleDefinition toDefinition() {
            return new RuleDefinition(name, set(countries, s -> s), set(regions, s -> s),
                    postalPrefixes == null ? List.of() : postalPrefixes,
                    enums(productLines, ProductLine.class, "productLines"),
                    enums(partnerTypes, PartnerType.class, "partnerTypes"),
                    one(minTier, PartnerTier.class, "minTier"), minScore, one(strategy, RoutingStrategy.class, "strategy"),
                    capacityCap, acceptSlaHours == null ? 0 : acceptSlaHours,
                    followUpSlaHours == null ? 0 : followUpSlaHours);
        }

        static RuleJson of(RoutingRuleService.RuleRow r) {
            var d = r.definition();
            return new RuleJson(r.id().toString(), r.name(), r.order(), r.active(), List.copyOf(d.countries()),
                    List.copyOf(d.regions()), List.copyOf(d.postalPrefixes()),
                    d.productLines().stream().map(Enum::name).toList(), d.partnerTypes().stream().map(Enum::name).toList(),
                    d.minTier() == null ? null : d.minTier().name(), d.minScore(), d.strategy().name(), d.capacityCap(),
                    d.acceptSlaHours(), d.followUpSlaHours());
        }
    }

    @GET
    @Operation(operationId = "listRoutingRules", summary = "The rules in the order they are tried")
    public List<RuleJson> list() {
        return rules.list().stream().map(RuleJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRoutingRule", summary = "Add a rule at the end of the list")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201",
            description = "Added; Location names it.", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleJson.class)))
    public Response create(RuleJson body, @Context UriInfo uri) {
        var id = rules.create(require(body).toDefinition());
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(find(id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRoutingRule",
            summary = "Change a rule's criteria, strategy and SLAs; active=false switches it off")
    public RuleJson update(@PathParam("id") String id, RuleJson body) {
        var rule = id(id);
        rules.update(rule, require(body).toDefinition());
        if (body.active() != null) {
            rules.setActive(rule, body.active());
        }
        return find(rule);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteRoutingRule", summary = "Delete a routing rule")
    public void delete(@PathParam("id") String id) {
        rules.delete(id(id));
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewRoutingRule",
            summary = "Route the queue and recent open leads with this draft (replacing the rule named by "
            + "replacing, or added at the end) without assigning anything")
    public List<RoutingRuleService.PreviewRow> preview(RuleJson body, @QueryParam("replacing") String replacing) {
        return rules.preview(require(body).toDefinition(), replacing == null || replacing.isBlank() ? null : id(replacing));
    }

    private RuleJson find(UUID id) {
        return rules.list().stream().filter(r -> r.id().equals(id)).findFirst().map(RuleJson::of)
                .orElseThrow(() -> DomainException.notFound("routing rule", id));
    }

    private static RuleJson require(RuleJson body) {
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", "Send the rule as a JSON object.");
        }
        return body;
    }

    private static UUID id(String value) {
        return org.channelport.platform.rest.Params.id(value, "routing rule");
    }

    private static Set<String> set(List<String> values, Function<String, String> map) {
        var set = new LinkedHashSet<String>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(map).forEach(set::add);
        }
        return set;
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type, String field) {
        var set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> {
                var parsed = one(v, type, field);
                if (parsed != null) {
                    set.add(parsed);
                }
            });
        }
        return set;
    }

    private static <E extends Enum<E>> E one(String value, Class<E> type, String field) {
        return org.channelport.platform.rest.Params.choice(type, value, field);
    }
}
