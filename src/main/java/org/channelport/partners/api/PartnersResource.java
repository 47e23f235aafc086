package org.channelport.partners.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.Roles;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerFilter;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The partner directory for ERP and partner systems. erp-integration sees all partners; partner-api its own (PA5). */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class PartnersResource {
    @Inject
    PartnerDirectory directory;
    @Inject
    org.channelport.partners.application.PartnerAdministrationService administration;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PartnerPage",
            description = "One page of partners, with the total of the filter.")
    public record PageJson(List<PartnerJson> items, int page, int size, long total) {}

    @GET
    @Operation(operationId = "listPartners",
            summary = "List partners", description = "Paged; filters combine with AND. updatedSince is ISO-8601.")
    public PageJson list(@QueryParam("type") String type, @QueryParam("tier") String tier,
                         @QueryParam("status") String status, @QueryParam("country") String country,
                         @QueryParam("updatedSince") String updatedSince,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        var filter = new PartnerFilter(PartnerApplicationJson.parse(PartnerType.class, type, "type"),
                PartnerApplicationJson.parse(PartnerTier.class, tier, "tier"),
                PartnerApplicationJson.parse(PartnerStatus.class, status, "status"), country, instant(updatedSince), null);
        var result = directory.list(filter, number(page, "page"), number(size, "size"));
        return new PageJson(result.items().stream().map(PartnerJson::of).toList(), result.page(), result.size(),
                result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPartner", summary = "One partner")
    public PartnerJson get(@PathParam("id") String id) {
        return PartnerJson.of(directory.get(id(id)));
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PartnerParent",
            description = "The distributor an agent or retailer belongs to (its orders may go there: rule O22); "
                    + "null unlinks it.")
    public record ParentJson(String parentId) {}

    @jakarta.ws.rs.PUT
    @Path("{id}/parent")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @Operation(operationId = "setPartnerParent", summary = "Link an agent or retailer to its distributor (a channel "
            + "manager), or unlink it", description = "The parent must be an active partner of type distributor; a "
            + "distributor has none. The same link again changes nothing.")
    public PartnerJson parent(@PathParam("id") String id, ParentJson body) {
        var partner = id(id);
        var sent = Params.required(body, "body");
        administration.linkToParent(partner, sent.parentId() == null || sent.parentId().isBlank() ? null
                : Params.id(sent.parentId(), "parentId"));
        return PartnerJson.of(directory.get(partner));
    }

    @GET
    @Path("{id}/users")
    @Operation(operationId = "listPartnerUsers", summary = "The partner's users")
    public List<PartnerUserJson> users(@PathParam("id") String id) {
        return directory.users(id(id)).stream().map(PartnerUserJson::of).toList();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getPartnerHistory", summary = "The partner's audit trail, newest first")
    public List<HistoryJson> history(@PathParam("id") String id, @QueryParam("first") @DefaultValue("0") String first,
                                     @QueryParam("max") @DefaultValue("100") String max) {
        return directory.history(id(id), Math.max(0, number(first, "first")), Math.max(1, number(max, "max"))).stream()
                .map(HistoryJson::of).toList();
    }

    static int number(String value, String name) {
        return Params.number(value, name);
    }

    static UUID id(String value) {
        return Params.id(value, "partner");
    }

    private static Instant instant(String value) {
        return Params.instant(value, "updatedSince");
    }
}
