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
import java.util.ArrayList;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.orders.application.PriceListDefinition;
import org.channelport.orders.application.PriceService;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.EnumOf;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.JsonBodies;
import org.channelport.shared.FieldProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Price lists over REST (issue 11, rule O8): the ERP, or a channel manager, sends price lists by code, all their prices
 * at once ({@link ContractPricesResource} for partners' contract prices). The rules live in {@code PriceService}.
 */
@Path("price-lists")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class PriceListsResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PriceService prices;
    @Inject
    org.channelport.orders.application.CatalogQueries queries;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    @Schema(name = "ListPrice", description = "A product's net unit price from a quantity on (default 1).")
    public record ListPriceJson(@Schema(example = "SW-24") String sku, Integer minQuantity,
                                @Schema(example = "95.5") BigDecimal unitPrice) {}

    @Schema(name = "PriceList", description = "A tier's prices in one currency for a period, with all its prices.")
    public record PriceListJson(@Schema(description = "The ERP's key of the list.", example = "GOLD-EUR-2027") String code,
                                String name, @Schema(example = "EUR") String currency,
                                @EnumOf(PartnerTier.class) String tier,
                                @Schema(description = "YYYY-MM-DD.", example = "2027-01-01") String validFrom,
                                @Schema(description = "YYYY-MM-DD, the last day; none: open-ended.") String validTo,
                                List<ListPriceJson> prices) {
        static PriceListJson of(org.channelport.orders.domain.PriceList l) {
            return new PriceListJson(l.code(), l.name(), l.currency(), l.tier().name(), l.validFrom().toString(),
                    l.validTo() == null ? null : l.validTo().toString(),
                    l.prices().stream().map(b -> new ListPriceJson(b.sku(), b.minQuantity(), b.unitPrice())).toList());
        }

        PriceListDefinition toDefinition() {
            return new PriceListDefinition(code, name, currency, tier, validFrom, validTo, prices == null ? null
                    : prices.stream().map(p -> p == null ? null
                    : new PriceListDefinition.Price(p.sku(), p.minQuantity(), p.unitPrice())).toList());
        }
    }

    /** A page of price lists, whole. */
    public record ListsPageJson(List<PriceListJson> items, int page, int size) {}

    @GET
    @Operation(operationId = "listPriceLists", summary = "Price lists, whole, changed since a moment (ERP, channel managers)",
            description = "Oldest change first, then by code. A single price set or removed in the console changes its "
                    + "list. Keep the time of the call before the first page and ask from it next time.")
    public ListsPageJson changed(@QueryParam("updatedSince") String updatedSince,
                                 @QueryParam("page") @DefaultValue("0") String page,
                                 @QueryParam("size") @DefaultValue("20") String size) {
        int p = Params.number(page, "page");
        int s = Params.pageSize(size, 100);
        return new ListsPageJson(queries.priceListsChangedSince(Params.instant(updatedSince, "updatedSince"),
                Params.offset(p, s), s).stream().map(PriceListJson::of).toList(), p, s);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit("app.rest.max-import-bytes")
    @Operation(operationId = "upsertPriceLists",
            summary = "Define or replace price lists by code (ERP, channel managers): one, or an array of up to 100",
            description = "A list is sent whole: its prices replace the ones it had. Each list is applied or refused "
                    + "on its own, every problem at its field (items[0].prices[12].sku). Send Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "What the batch did.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductsResource.UpsertJson.class)))
    public Response lists(@RequestBody(description = "One price list, or an array of them.", required = true)
                          JsonBodies.OneOrMany<PriceListJson> body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.once(user.name(), key, body, () -> {
            var items = body == null ? List.<PriceListJson>of() : body.isMany() ? body.many() : List.of(body.one());
            var result = prices.upsertLists(items.stream().map(i -> i == null ? null : i.toDefinition()).toList());
            var reply = ProductsResource.UpsertJson.of(result, none(items.size()),
                    i -> items.get(i) == null ? null : items.get(i).code());
            return new Idempotency.Answer(200, null, JSON.toJson(reply));
        });
    }

    static List<List<FieldProblem>> none(int size) {
        var none = new ArrayList<List<FieldProblem>>();
        for (int i = 0; i < size; i++) {
            none.add(List.of());
        }
        return none;
    }
}
