package org.channelport.orders.api;

import org.channelport.platform.rest.Params;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.orders.application.ContractPriceDefinition;
import org.channelport.orders.application.PriceService;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Partners' contract prices over REST (issue 11, rule O8): the ERP, or a channel manager, defines and changes them. The
 * rules live in {@code PriceService}; this class only translates.
 */
@Path("contract-prices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class ContractPricesResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PriceService prices;
    @Inject
    org.channelport.orders.application.CatalogQueries queries;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    @Schema(name = "ContractPrice", description = "A price agreed with one partner; sent again (same partner, SKU, "
            + "currency, break and first day) it changes the price or the last day.")
    public record ContractPriceJson(String partnerId, @Schema(example = "SW-24") String sku,
                                    @Schema(example = "EUR") String currency, Integer minQuantity, BigDecimal unitPrice,
                                    @Schema(description = "YYYY-MM-DD.") String validFrom,
                                    @Schema(description = "YYYY-MM-DD, the last day; none: open-ended.") String validTo) {
        static ContractPriceJson of(org.channelport.orders.domain.ContractPrice c) {
            return new ContractPriceJson(c.partnerId().toString(), c.sku(), c.currency(), c.minQuantity(),
                    c.unitPrice(), c.validFrom().toString(), c.validTo() == null ? null : c.validTo().toString());
        }

        ContractPriceDefinition toDefinition() {
            return new ContractPriceDefinition(partnerId, sku, currency, minQuantity, unitPrice, validFrom, validTo);
        }
    }

    /** A page of contract prices. */
    public record ContractsPageJson(List<ContractPriceJson> items, int page, int size) {}

    @GET
    @Operation(operationId = "listContractPrices",
            summary = "Partners' contract prices changed since a moment (ERP, channel managers)",
            description = "Oldest change first. A price removed in the console is no longer listed (its removal is "
                    + "in the audit trail). Keep the time of the call before the first page and ask from it next time.")
    public ContractsPageJson changed(@QueryParam("updatedSince") String updatedSince,
                                     @QueryParam("page") @DefaultValue("0") String page,
                                     @QueryParam("size") @DefaultValue("500") String size) {
        int p = Params.number(page, "page");
        int s = Params.pageSize(size, 1000);
        return new ContractsPageJson(queries.contractPricesChangedSince(Params.instant(updatedSince, "updatedSince"),
                Params.offset(p, s), s).stream().map(ContractPriceJson::of).toList(), p, s);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit("app.rest.max-batch-bytes")
    @Operation(operationId = "upsertContractPrices",
            summary = "Define or change partners' contract prices (ERP, channel managers): one, or up to 10,000",
            description = "Each price is applied or refused on its own, every problem at its field. Send Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "What the batch did.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductsResource.UpsertJson.class)))
    public Response contracts(@RequestBody(description = "One contract price, or an array of them.", required = true)
                              JsonBodies.OneOrMany<ContractPriceJson> body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.once(user.name(), key, body, () -> {
            var items = body == null ? List.<ContractPriceJson>of() : body.isMany() ? body.many() : List.of(body.one());
            var result = prices.upsertContracts(items.stream().map(i -> i == null ? null : i.toDefinition()).toList());
            var reply = ProductsResource.UpsertJson.of(result, PriceListsResource.none(items.size()),
                    i -> items.get(i) == null ? null : items.get(i).sku());
            return new Idempotency.Answer(200, null, JSON.toJson(reply));
        });
    }

}
