package org.channelport.orders.api;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.CatalogRow;
import org.channelport.orders.application.CatalogService;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.JsonBodies;
import org.channelport.platform.rest.Params;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.ProductLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The catalog over REST (issue 11). The ERP and channel managers define and change products in batches (rule O6);
 * a partner system reads its own catalog with its own prices, and the ERP or a manager reads what a partner sees (O7).
 * The rules live in {@code CatalogService} and {@code CatalogQueries}; this class only translates.
 */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ProductsResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CatalogService catalog;
    @Inject
    CatalogQueries queries;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    @Schema(name = "CatalogProblem", description = "One problem of a refused item, at its field (items[3].gtin).")
    public record ProblemJson(String field, String message) {}

    @Schema(name = "CatalogRefused", description = "A refused item: its index in the batch, its key (a product's or "
            + "contract price's SKU, a price list's code) and its problems.")
    public record RefusedJson(int index, String key, List<ProblemJson> errors) {}

    @Schema(name = "CatalogUpsert", description = "What a batch did: counts, and every refused item with its problems.")
    public record UpsertJson(int created, int changed, int unchanged, List<RefusedJson> refused) {
        static UpsertJson of(org.channelport.orders.application.CatalogUpsert result, List<List<FieldProblem>> own,
                             java.util.function.IntFunction<String> key) {
            var refused = new ArrayList<RefusedJson>();
            for (var r : result.refused()) {
                var mine = own.get(r.index());
                var problems = mine.isEmpty() ? r.problems() : mine;
                refused.add(new RefusedJson(r.index(), key.apply(r.index()),
                        problems.stream().map(p -> new ProblemJson(p.field(), p.message())).toList()));
            }
            return new UpsertJson(result.created(), result.changed(), result.unchanged(), refused);
        }
    }

    @Schema(name = "CatalogPrice", description = "The partner's net unit price and where it came from.")
    public record PriceJson(BigDecimal unitPrice, String currency,
                            @Schema(enumeration = {"CONTRACT", "PRICE_LIST"}) String source, int fromQuantity) {}

    @Schema(name = "CatalogProduct", description = "A product as the partner sees it; without price: none in that currency.")
    public record CatalogProductJson(String sku, String gtin, String name, String productLine, String unit,
                                     int orderMultiple, int minimumQuantity, String status, String successorSku,
                                     PriceJson price,
                                     @Schema(description = "Names the product's current image (GET "
                                             + "/products/{sku}/image); another tag, another image; none without one.")
                                     String imageTag) {
        static CatalogProductJson of(CatalogRow r) {
            return new CatalogProductJson(r.sku(), r.gtin(), r.name(), r.productLine().name(), r.unit().name(),
                    r.orderMultiple(), r.minimumQuantity(), r.status().name(), r.successorSku(), r.price() == null ? null
                    : new PriceJson(r.price().unitPrice(), r.price().currency(), r.price().source().name(),
                    r.price().fromQuantity()), r.imageTag());
        }
    }

    @Schema(name = "CatalogPage", description = "One page of a partner's catalog, with the total of the filter.")
    public record PageJson(List<CatalogProductJson> items, int page, int size, long total) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @BodyLimit("app.rest.max-import-bytes")
    @Operation(operationId = "upsertProducts",
            summary = "Define or change products by SKU (ERP, channel managers): one, or an array of up to 10,000",
            description = "Each product is applied or refused on its own; every problem comes back at its field "
                    + "(items[3].gtin). The same products again change nothing. Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "200", description = "What the batch did.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpsertJson.class)))
    public Response upsert(@RequestBody(description = "One product, or an array of up to 10,000.", required = true)
                           JsonBodies.OneOrMany<ProductJson> body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.once(user.name(), key, body, () -> {
            var items = body == null ? List.<ProductJson>of() : body.isMany() ? body.many() : List.of(body.one());
            return new Idempotency.Answer(200, null, JSON.toJson(upsert(catalog, items)));
        });
    }

    /** A batch of products as REST and SOAP receive them: each item's own problems, then the catalog's. */
    static UpsertJson upsert(CatalogService catalog, List<ProductJson> items) {
        var own = new ArrayList<List<FieldProblem>>();
        var definitions = new ArrayList<ProductDefinition>();
        for (int i = 0; i < items.size(); i++) {
            var problems = new ArrayList<FieldProblem>();
            var definition = items.get(i) == null ? null : items.get(i).toDefinition("items[" + i + "].", problems);
            own.add(problems);
            definitions.add(problems.isEmpty() ? definition : null);
        }
        return UpsertJson.of(catalog.upsert(definitions), own, i -> items.get(i) == null ? null : items.get(i).sku());
    }

    /** A page of products as defined. */
    public record DefinitionsJson(List<ProductJson> items, int page, int size) {}

    @GET
    @Path("definitions")
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "listProductDefinitions",
            summary = "Products as defined, changed since a moment (the ERP's read of what it and the console changed)",
            description = "Oldest change first, then by SKU, with the partners named for visibility. Keep the time of "
                    + "the call before the first page and ask from it next time: a product changed during the read "
                    + "comes again then.")
    public DefinitionsJson definitions(@QueryParam("updatedSince") String updatedSince,
                                       @QueryParam("page") @DefaultValue("0") String page,
                                       @QueryParam("size") @DefaultValue("100") String size) {
        int p = Params.number(page, "page");
        int s = Params.pageSize(size, 1000);
        var since = Params.instant(updatedSince, "updatedSince");
        return new DefinitionsJson(queries.changedSince(since, Params.offset(p, s), s).stream()
                .map(product -> ProductJson.of(product.definition())).toList(), p, s);
    }

    @GET
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "listCatalog",
            summary = "A partner's catalog with its own net prices (a partner system reads its own)",
            description = "Only the products the partner may see; a product it may not see does not exist for it. "
                    + "Prices are for each product's minimum quantity, in the currency asked. The ERP and channel "
                    + "managers name the partner (partnerId) and see what it sees.")
    public PageJson list(@QueryParam("currency") String currency, @QueryParam("partnerId") String partnerId,
                         @QueryParam("text") String text, @QueryParam("productLine") String productLine,
                         @QueryParam("language") @DefaultValue("en") String language,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size) {
        int p = Params.number(page, "page");
        int s = Params.pageSize(size, 500);
        return page(queries, user, currency, partnerId, text, productLine, language, p, s);
    }

    /** A page of a partner's catalog as REST and SOAP read it (a partner always its own). */
    static PageJson page(CatalogQueries queries, CurrentUser user, String currency, String partnerId, String text,
                         String productLine, String language, int p, int s) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new DomainException(DomainException.Kind.INVALID, "catalog.currency.required",
                    "currency: an ISO 4217 code such as EUR.").at("currency");
        }
        UUID partner = user.partnerId().orElseGet(() -> Params.id(partnerId, "partner"));
        var filter = new CatalogQueries.Filter(text, Params.choice(ProductLine.class, productLine, "productLine"));
        var rows = queries.page(partner, filter, currency, language, Params.offset(p, s), s);
        return new PageJson(rows.stream().map(CatalogProductJson::of).toList(), p, s, queries.count(partner, filter));
    }
}
