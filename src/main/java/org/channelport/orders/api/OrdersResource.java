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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderService;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.Params;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Purchase orders over REST (issue 11): a partner system places, changes, submits, cancels and reads its own orders;
 * the ERP reads new and changed orders through its feed, answers each line and decides cancellation requests; channel
 * managers read. A distributor's system does for the orders its resellers routed to it what the ERP does for the
 * brand owner's (rule O22): the same feed, answers, shipments and invoices, through the same operations. The rules live in {@code OrderService} and {@code OrderQueries}; this class only translates. Every
 * POST takes an Idempotency-Key.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class OrdersResource {
    @Inject
    org.channelport.orders.application.OrderDocuments documents;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    OrderService orders;
    @Inject
    OrderQueries queries;
    @Inject
    org.channelport.orders.application.FulfilmentService fulfilment;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    /** An order's id with the body sent about it: one Idempotency-Key, one order. */
    record About(String order, Object body) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "placeOrder", summary = "Place a purchase order (a partner system): submitted, or a draft",
            description = "Every line is checked against your own catalog and priced by your own prices; every problem "
                    + "comes back at once at its field (lines[3].sku), and nothing is saved. A product you may not see "
                    + "answers like one that does not exist. Your PO number is the order: sent again with the same "
                    + "content it answers 200 with the first order; with other content 409.")
    @APIResponse(responseCode = "201", description = "Placed; Location names it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    @APIResponse(responseCode = "200", description = "This PO number with this content was placed before: that order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderJson.Order.class)))
    public Response place(OrderJson.NewOrder body, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        var sent = Params.required(body, "body");
        return idempotency.once(user.name(), key, sent, () -> {
            var parsed = sent.toRequest();
            var placed = orders.place(parsed.request(), OrderChannel.API, !Boolean.TRUE.equals(sent.draft()),
                    parsed.problems());
            return new Idempotency.Answer(placed.replayed() ? 200 : 201,
                    uri.getBaseUriBuilder().path("orders").path(placed.order().id().toString()).build(),
                    JSON.toJson(OrderJson.Order.of(placed.order())));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "listOrders", summary = "List orders, newest first (a partner system sees its own)",
            description = "Filters combine with AND; the ERP and channel managers may name a partner. route: DIRECT "
                    + "(to the brand owner), SELL_THROUGH (routed to a distributor), INCOMING (for a distributor: "
                    + "the orders its resellers routed to it).")
    public OrderJson.Page list(@QueryParam("status") String status, @QueryParam("poNumber") String poNumber,
                               @QueryParam("partnerId") String partnerId, @QueryParam("route") String route,
                               @QueryParam("page") @DefaultValue("0") String page,
                               @QueryParam("size") @DefaultValue("50") String size) {
        int p = Params.number(page, "page");
        int s = Params.pageSize(size, 500);
        var filter = new OrderQueries.Filter(Params.choice(OrderStatus.class, status, "status"), poNumber,
                partnerId == null ? null : Params.id(partnerId, "partner"),
                Params.choice(OrderQueries.Route.class, route, "route"));
        return new OrderJson.Page(queries.page(filter, Params.offset(p, s), s).stream().map(OrderJson.Order::of)
                .toList(), p, s, queries.count(filter));
    }

    @GET
    @Path("feed")
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "readOrderFeed", summary = "New and changed orders for the ERP, after the place it has read",
            description = "For the ERP, the orders to the brand owner; for a distributor's system, the orders its "
                    + "resellers routed to it (nothing else). Orders appear when submitted and again whenever the partner changes or cancels them or asks "
                    + "to cancel, in the order the changes were made: a place once read is never preceded by a later "
                    + "one. Keep \"next\" after processing a page; after a crash, read again from the last place kept "
                    + "(nothing missed, nothing read twice in between).")
    public OrderJson.Feed feed(@QueryParam("after") @DefaultValue("0") String after,
                               @QueryParam("limit") @DefaultValue("100") String limit) {
        long from;
        try {
            from = Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("order.feed.after", "after: a place from a previous page (0 at first).", "after");
        }
        if (from < 0) {
            throw DomainException.invalid("order.feed.after", "after: a place from a previous page (0 at first).", "after");
        }
        int max = Params.number(limit, "limit");
        var items = queries.feed(from, max).stream()
                .map(o -> new OrderJson.FeedEntry(o.feedPosition().orElseThrow(), OrderJson.Order.of(o))).toList();
        return new OrderJson.Feed(items, items.isEmpty() ? from : items.get(items.size() - 1).position());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "getOrder", summary = "An order with its lines (another partner's answers 404)")
    public OrderJson.Order get(@PathParam("id") String id) {
        return OrderJson.Order.of(queries.get(Params.id(id, "order")));
    }

    @GET
    @Path("{id}/confirmation")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "getOrderConfirmationPdf",
            summary = "The order confirmation as PDF (the purchase order until its supplier answered)",
            description = "In English, Traditional or Simplified Chinese (language: en, zh-TW, zh-CN). Whoever may read "
                    + "the order; another partner's answers 404.")
    @APIResponse(responseCode = "200", description = "The PDF.", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response confirmationPdf(@PathParam("id") String id,
                                    @QueryParam("language") @DefaultValue("en") String language) {
        return pdf(documents.confirmation(Params.id(id, "order"), documentLanguage(language)));
    }

    @GET
    @Path("{id}/invoices/{number}/pdf")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "getInvoicePdf", summary = "One of the order's invoices as PDF",
            description = "In English, Traditional or Simplified Chinese (language: en, zh-TW, zh-CN). Whoever may read "
                    + "the order; another partner's order, or a number the order has no invoice of, answers 404.")
    @APIResponse(responseCode = "200", description = "The PDF.", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response invoicePdf(@PathParam("id") String id, @PathParam("number") String number,
                               @QueryParam("language") @DefaultValue("en") String language) {
        return pdf(documents.invoice(Params.id(id, "order"), number, documentLanguage(language)));
    }

    /** The language of a document: one the product speaks, else 400 naming the parameter. */
    static java.util.Locale documentLanguage(String language) {
        return switch (language == null ? "" : language.strip()) {
            case "en" -> java.util.Locale.ENGLISH;
            case "zh-TW" -> java.util.Locale.TRADITIONAL_CHINESE;
            case "zh-CN" -> java.util.Locale.SIMPLIFIED_CHINESE;
            default -> throw DomainException.invalid("documents.language", "language: en, zh-TW or zh-CN.", "language");
        };
    }

    private static Response pdf(org.channelport.orders.application.OrderDocuments.Pdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "changeOrder", summary = "Change your order's lines, dates or notes before the ERP answered",
            description = "The whole order as it should be (the PO number stays); checked and priced again. After "
                    + "the ERP acknowledged it, 409.")
    public OrderJson.Order change(@PathParam("id") String id, OrderJson.NewOrder body) {
        var parsed = Params.required(body, "body").toRequest();
        return OrderJson.Order.of(orders.change(Params.id(id, "order"), parsed.request(), parsed.problems()));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "submitOrder", summary = "Submit a draft (to the brand owner, or first to your approver)")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response submit(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        return idempotency.once(user.name(), key, new About(id, null), () -> answer(orders.submit(order)));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "cancelOrder", summary = "Cancel your order, or ask the ERP to once it acknowledged it",
            description = "Before the ERP answered: CANCELLED at once. Afterwards, and before anything shipped: "
                    + "CANCEL_REQUESTED, and the ERP decides.")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        return idempotency.once(user.name(), key, new About(id, null), () -> answer(orders.cancel(order)));
    }

    @POST
    @Path("{id}/change-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "requestOrderChange", summary = "Ask the supplier to change quantities or dates of your "
            + "acknowledged order", description = "Accepted lines only, each once; a quantity follows the product's "
            + "minimum and multiple and is never below what shipped; a date from today. Every problem at its field, "
            + "nothing changed. The order becomes CHANGE_REQUESTED until the supplier decides.")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response requestChange(@PathParam("id") String id, OrderJson.ChangeRequest body,
                                  @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        var sent = Params.required(body, "body");
        return idempotency.once(user.name(), key, new About(id, sent), () -> {
            var parsed = sent.toChanges();
            return answer(orders.requestChange(order, parsed.lines(), parsed.problems()));
        });
    }

    @POST
    @Path("{id}/change-request/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "decideOrderChange", summary = "The supplier accepts or refuses a change request",
            description = "Accepted: the new quantities and dates become the lines' agreed ones, at the agreed "
                    + "prices. Refused: the order goes on as it was.")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response decideChange(@PathParam("id") String id, OrderJson.ChangeDecision body,
                                 @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        var accept = Params.required(Params.required(body, "body").accept(), "accept");
        return idempotency.once(user.name(), key, new About(id, body), () -> answer(orders.decideChange(order, accept)));
    }

    @POST
    @Path("{id}/acknowledgment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "acknowledgeOrder", summary = "The ERP answers every line of a submitted order",
            description = "Each line once: ACCEPT, CHANGE (quantity, unitPrice or date), BACKORDER (date) or REJECT "
                    + "(reasonCode). Every problem at its field; nothing applied unless all are sound. An order that "
                    + "is no longer waiting for an answer (cancelled meanwhile, answered by another worker): 409.")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response acknowledge(@PathParam("id") String id, OrderJson.Acknowledgment body,
                                @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        var sent = Params.required(body, "body");
        return idempotency.once(user.name(), key, new About(id, sent), () -> {
            var parsed = sent.toAcks();
            return answer(orders.acknowledge(order, parsed.lines(), parsed.problems()));
        });
    }

    @POST
    @Path("{id}/cancellation/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "decideOrderCancellation", summary = "The ERP accepts or refuses a cancellation request")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response decideCancellation(@PathParam("id") String id, OrderJson.CancellationDecision body,
                                       @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        var accept = Params.required(Params.required(body, "body").accept(), "accept");
        return idempotency.once(user.name(), key, new About(id, body),
                () -> answer(orders.decideCancellation(order, accept)));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "closeOrder", summary = "The supplier closes an answered order: nothing more ships",
            description = "The ERP, or the distributor a reseller's order was routed to. Once every shipped quantity "
                    + "is invoiced and every invoice paid (else 422); not while the partner's cancellation or change "
                    + "request waits (409). What was not shipped is not coming; the partner is told.")
    @APIResponse(responseCode = "200", description = "The order as it is now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.Order.class)))
    public Response close(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        return idempotency.once(user.name(), key, new About(id, null), () -> answer(orders.close(order)));
    }

    @POST
    @Path("{id}/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "shipOrder", summary = "The ERP's ship notice for an acknowledged order",
            description = "Accepted lines only, never more of a line than accepted (in all shipments): otherwise 422 "
                    + "naming the field, and nothing recorded. Your shipment id is the shipment: sent again with the "
                    + "same content it answers 200 with it; with other content 409.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FulfilmentJson.ShipmentOut.class)))
    public Response ship(@PathParam("id") String id, FulfilmentJson.NewShipment body,
                         @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        var sent = Params.required(body, "body");
        return idempotency.once(user.name(), key, new About(id, sent), () -> {
            var recorded = fulfilment.ship(order, sent.toRequest());
            return new Idempotency.Answer(recorded.replayed() ? 200 : 201, null,
                    JSON.toJson(FulfilmentJson.ShipmentOut.of(recorded.value())));
        });
    }

    @POST
    @Path("{id}/invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.PARTNER_API})
    @Operation(operationId = "invoiceOrder", summary = "The ERP's invoice for shipped quantities of an order",
            description = "Never more of a line than shipped, at the agreed price, in the order's currency; a total "
                    + "that is the lines plus tax. Otherwise 422 naming the field, and nothing recorded. The invoice "
                    + "number sent again with the same content answers 200; with other content 409.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FulfilmentJson.InvoiceOut.class)))
    public Response invoice(@PathParam("id") String id, FulfilmentJson.NewInvoice body,
                            @HeaderParam(Idempotency.HEADER) String key) {
        var order = Params.id(id, "order");
        var sent = Params.required(body, "body");
        return idempotency.once(user.name(), key, new About(id, sent), () -> {
            var recorded = fulfilment.invoice(order, sent.toRequest());
            return new Idempotency.Answer(recorded.replayed() ? 200 : 201, null,
                    JSON.toJson(FulfilmentJson.InvoiceOut.of(recorded.value())));
        });
    }

    @GET
    @Path("{id}/shipments")
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "listOrderShipments", summary = "An order's shipments (another partner's order: 404)")
    public java.util.List<FulfilmentJson.ShipmentOut> shipments(@PathParam("id") String id) {
        return fulfilment.shipments(queries.get(Params.id(id, "order"))).stream().map(FulfilmentJson.ShipmentOut::of)
                .toList();
    }

    @GET
    @Path("{id}/invoices")
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "listOrderInvoices", summary = "An order's invoices with what is paid (another partner's "
            + "order: 404)")
    public java.util.List<FulfilmentJson.InvoiceOut> invoices(@PathParam("id") String id) {
        return fulfilment.invoices(queries.get(Params.id(id, "order"))).stream().map(FulfilmentJson.InvoiceOut::of)
                .toList();
    }

    private static Idempotency.Answer answer(org.channelport.orders.domain.PurchaseOrder order) {
        return new Idempotency.Answer(200, null, JSON.toJson(OrderJson.Order.of(order)));
    }
}
