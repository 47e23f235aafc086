package org.channelport.platform.webhooks;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.platform.rest.Idempotency;
import org.channelport.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Webhook subscriptions over REST, for scripts: a partner's systems manage the partner's, the ERP the brand owner's
 * (as partner admins and channel managers do on their pages). The rules live in {@link Webhooks}.
 */
@Path("webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_API, Roles.PARTNER_ADMIN, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class WebhooksResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Webhooks webhooks;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    /** Where to send which events; {@code enabled} only when changing (a new subscription starts enabled). */
    public record SubscriptionBody(String url, List<String> eventTypes, String description, Boolean enabled) {}

    public record SubscriptionJson(UUID id, String url, List<String> eventTypes, String description, boolean enabled,
                                   Instant createdAt, String createdBy, Instant previousSecretSignsUntil) {
        static SubscriptionJson of(WebhookSubscription s) {
            return new SubscriptionJson(s.id(), s.url(), s.eventTypes(), s.description(), s.enabled(), s.createdAt(),
                    s.createdBy(), s.previousSecretUntil().orElse(null));
        }
    }

    /** The only answers that hold the secret: on creation and on a roll. */
    public record IssuedJson(SubscriptionJson subscription, String secret) {}

    public record DeliveryJson(UUID id, String messageId, String eventType, String status, int attempts,
                               Integer lastStatusCode, String lastError, Instant createdAt, Instant nextAttemptAt,
                               Instant finishedAt) {
        static DeliveryJson of(WebhookDelivery d) {
            return new DeliveryJson(d.id(), d.messageId(), d.eventType(), d.status().name(), d.attempts(),
                    d.lastStatusCode().orElse(null), d.lastError().orElse(null), d.createdAt(),
                    d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.finishedAt().orElse(null));
        }
    }

    public record AttemptJson(Instant attemptedAt, Integer statusCode, String error, String response, int durationMs) {
        static AttemptJson of(WebhookAttempt a) {
            return new AttemptJson(a.attemptedAt(), a.statusCode(), a.error(), a.responseExcerpt(), a.durationMs());
        }
    }

    public record ReplayedJson(int replayed) {}

    @GET
    @Path("event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types a subscription may choose")
    public List<String> eventTypes() {
        return webhooks.eventTypes();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Your webhook subscriptions (never their secrets)",
            description = "A partner's systems see the partner's; the ERP the brand owner's.")
    public List<SubscriptionJson> list() {
        return webhooks.subscriptions().stream().map(SubscriptionJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe an HTTPS endpoint to events",
            description = "Each delivery is signed as Standard Webhooks describe (webhook-id, webhook-timestamp, "
                    + "webhook-signature: v1 HMAC-SHA256 with the secret), retried with growing waits for 24 hours, "
                    + "then kept as dead until replayed. Only https to public addresses. The secret is in this answer only: "
                    + "a retry under the same Idempotency-Key answers without it (roll the secret if it was lost).")
    @APIResponse(responseCode = "201", description = "Subscribed; the only answer with the secret.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedJson.class)))
    @APIResponse(responseCode = "400", description = "Every problem at its field (url, eventTypes[1], description).")
    public Response create(SubscriptionBody body, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        var sent = Params.required(body, "body");
        var made = new SubscriptionJson[1];
        return idempotency.once(user.name(), key, sent, () -> {
            var issued = webhooks.subscribe(request(sent));
            made[0] = SubscriptionJson.of(issued.subscription());
            return new Idempotency.Answer(201,
                    uri.getBaseUriBuilder().path("webhook-subscriptions").path(issued.subscription().id().toString()).build(),
                    JSON.toJson(new IssuedJson(made[0], issued.secret())));
        }, withoutSecret(made));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One of your subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public SubscriptionJson get(@PathParam("id") String id) {
        return SubscriptionJson.of(webhooks.subscription(Params.id(id, "webhook")));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeWebhookSubscription", summary = "Change the endpoint, its events, or pause it",
            description = "A paused subscription keeps its deliveries; they go out when it is enabled again.")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public SubscriptionJson change(@PathParam("id") String id, SubscriptionBody body) {
        var subscriptionId = Params.id(id, "webhook");
        var sent = Params.required(body, "body");
        return SubscriptionJson.of(webhooks.change(subscriptionId, request(sent), sent.enabled()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Unsubscribe, dropping undelivered messages")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public void delete(@PathParam("id") String id) {
        webhooks.delete(Params.id(id, "webhook"));
    }

    @POST
    @Path("{id}/secret-rolls")
    @Operation(operationId = "rollWebhookSecret", summary = "A new secret, in this answer only",
            description = "Deliveries carry a signature with the new secret and, for 24 hours, also one with the old.")
    @APIResponse(responseCode = "200", description = "Rolled; the only answer with the new secret.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedJson.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public Response roll(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) {
        var subscriptionId = Params.id(id, "webhook");
        var made = new SubscriptionJson[1];
        return idempotency.once(user.name(), key, "roll " + subscriptionId, () -> {
            var issued = webhooks.roll(subscriptionId);
            made[0] = SubscriptionJson.of(issued.subscription());
            return new Idempotency.Answer(200, null, JSON.toJson(new IssuedJson(made[0], issued.secret())));
        }, withoutSecret(made));
    }

    @POST
    @Path("{id}/tests")
    @Operation(operationId = "testWebhook", summary = "Send a webhook.test message to this endpoint")
    @APIResponse(responseCode = "202", description = "Queued; its delivery tells how it went.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryJson.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public Response test(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) {
        var subscriptionId = Params.id(id, "webhook");
        return idempotency.once(user.name(), key, "test " + subscriptionId, () -> new Idempotency.Answer(202, null,
                JSON.toJson(DeliveryJson.of(webhooks.sendTest(subscriptionId)))));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's latest deliveries, newest first",
            description = "status=DEAD lists the dead letters: messages that failed for their whole retry window.")
    @APIResponse(responseCode = "200", description = "At most limit deliveries.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public List<DeliveryJson> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
                                         @QueryParam("limit") @DefaultValue("100") String limit) {
        return webhooks.deliveries(Params.id(id, "webhook"), Params.choice(WebhookDelivery.Status.class, status, "status"),
                Params.number(limit, "limit")).stream().map(DeliveryJson::of).toList();
    }

    @GET
    @Path("{id}/deliveries/{delivery}/attempts")
    @Operation(operationId = "listWebhookAttempts", summary = "Every attempt at one delivery: status code, error, answer")
    @APIResponse(responseCode = "200", description = "Latest first; the receiver's answer only up to its first kilobyte.")
    @APIResponse(responseCode = "404", description = "No such delivery of yours.")
    public List<AttemptJson> attempts(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        return webhooks.attempts(delivery(id, delivery)).stream().map(AttemptJson::of).toList();
    }

    @POST
    @Path("{id}/deliveries/{delivery}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a message again, under its own webhook-id",
            description = "A dead or delivered message goes out at once with a new 24-hour retry window; a pending "
                    + "one is already on its way and stays as it is.")
    @APIResponse(responseCode = "200", description = "The delivery, pending again.")
    @APIResponse(responseCode = "404", description = "No such delivery of yours.")
    public DeliveryJson replay(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        return DeliveryJson.of(webhooks.replay(delivery(id, delivery)));
    }

    @POST
    @Path("{id}/dead-letters/replay")
    @Operation(operationId = "replayWebhookDeadLetters", summary = "Send every dead message of a subscription again")
    @APIResponse(responseCode = "200", description = "How many went back into the queue.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.")
    public ReplayedJson replayDead(@PathParam("id") String id) {
        return new ReplayedJson(webhooks.replayDead(Params.id(id, "webhook")));
    }

    /**
     * What a replay under the same Idempotency-Key answers: the subscription without its secret, which is shown once
     * and never stored (a caller that lost it rolls a new one).
     */
    private static java.util.function.UnaryOperator<Idempotency.Answer> withoutSecret(SubscriptionJson[] made) {
        return answer -> new Idempotency.Answer(answer.status(), answer.location(),
                JSON.toJson(new IssuedJson(made[0], null)));
    }

    /** A delivery of this subscription (another subscription's, even the caller's own, is not found here). */
    private UUID delivery(String subscription, String delivery) {
        var subscriptionId = Params.id(subscription, "webhook");
        var deliveryId = Params.id(delivery, "webhookDelivery");
        if (!webhooks.delivery(deliveryId).subscriptionId().equals(subscriptionId)) {
            throw org.channelport.shared.DomainException.notFound("webhookDelivery", deliveryId);
        }
        return deliveryId;
    }

    private static Webhooks.Request request(SubscriptionBody body) {
        return new Webhooks.Request(body.url(), body.eventTypes(), body.description());
    }
}
