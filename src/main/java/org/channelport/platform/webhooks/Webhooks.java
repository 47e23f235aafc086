package org.channelport.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook subscriptions and their outbox (rules W1-W6). A partner's admins (portal) and systems (REST, its API
 * credentials) manage the partner's subscriptions; channel managers (console) and the ERP (REST) the brand owner's.
 * Nobody sees or changes another owner's subscription, delivery or attempt: it answers "not found". Contexts publish
 * their events with {@link #publish} in the transaction of the change.
 */
@ApplicationScoped
@Transactional
public class Webhooks {
    static final String SUBJECT = "WebhookSubscription";   // history.subject.WebhookSubscription; actions: webhook*
    public static final String TEST_EVENT = "webhook.test";
    static final int MAX_PER_OWNER = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    Instance<WebhookTopics> topics;
    /** Rule W4: development allows http to this host and private addresses (the demo's and the tests' receivers). */
    @Inject
    @ConfigProperty(name = "app.webhooks.development", defaultValue = "false")
    boolean development;

    /** A subscription with its secret in clear, the one time it is shown. */
    public record Issued(WebhookSubscription subscription, String secret) {}

    /** What a person or system asks for: where, which events, a note for itself. */
    public record Request(String url, List<String> eventTypes, String description) {}

    /** Every event type a subscription may choose, in the order the contexts name them (an order's life). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> eventTypes() {
        var all = new LinkedHashSet<String>();
        topics.forEach(t -> all.addAll(t.eventTypes()));
        return List.copyOf(all);
    }

    public Issued subscribe(Request request) {
        var owner = owner();
        var problems = check(request);
        if (problems.isEmpty() && count(owner) >= MAX_PER_OWNER) {
            problems.add(new FieldProblem("url", "webhooks.limit", "At most " + MAX_PER_OWNER
                    + " endpoints; delete one you no longer use.", List.of(MAX_PER_OWNER)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var secret = WebhookSignature.newSecret();
        var subscription = new WebhookSubscription(owner, request.url().strip(), types(request), description(request),
                secret, audit.currentActor(), clock.instant());
        em.persist(subscription);
        audit.record(owner, SUBJECT, subscription.id(), "webhookSubscribed", null, null, subscription.url());
        return new Issued(subscription, secret);
    }

    /** Changes the endpoint and, when {@code enabled} is given, pauses or resumes it: one transaction. */
    public WebhookSubscription change(UUID id, Request request, Boolean enabled) {
        var changed = change(id, request);
        return enabled == null ? changed : enable(id, enabled);
    }

    public WebhookSubscription change(UUID id, Request request) {
        var subscription = own(id);
        var problems = check(request);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        subscription.change(request.url().strip(), types(request), description(request));
        audit.record(subscription.partnerId().orElse(null), SUBJECT, id, "webhookChanged", null, null,
                subscription.url());
        return subscription;
    }

    /** Rule W2: a new secret, shown once; the previous one keeps signing for a day. */
    public Issued roll(UUID id) {
        var subscription = own(id);
        var secret = WebhookSignature.newSecret();
        subscription.roll(secret, clock.instant());
        audit.record(subscription.partnerId().orElse(null), SUBJECT, id, "webhookSecretRolled", null, null,
                (String) null);
        return new Issued(subscription, secret);
    }

    /** A paused subscription keeps its pending deliveries; they go out when it is switched on again. */
    public WebhookSubscription enable(UUID id, boolean on) {
        var subscription = own(id);
        if (subscription.enabled() != on) {
            subscription.enable(on);
            if (on) {
                // what waited while it was paused gets its whole retry window from now (rule W3)
                em.createQuery("update WebhookDelivery d set d.windowStartedAt = :now, d.nextAttemptAt = :now"
                                + " where d.subscriptionId = :s and d.status = :pending")
                        .setParameter("now", clock.instant()).setParameter("s", id)
                        .setParameter("pending", WebhookDelivery.Status.PENDING).executeUpdate();
            }
            audit.record(subscription.partnerId().orElse(null), SUBJECT, id,
                    on ? "webhookEnabled" : "webhookPaused", null, null, (String) null);
        }
        return subscription;
    }

    /** Deletes the subscription with its deliveries and attempts (the audit trail keeps that it existed). */
    public void delete(UUID id) {
        var subscription = own(id);
        em.remove(subscription);
        audit.record(subscription.partnerId().orElse(null), SUBJECT, id, "webhookDeleted", null, null,
                subscription.url());
    }

    /** The caller's owner's subscriptions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookSubscription> subscriptions() {
        var owner = owner();
        var query = em.createQuery("select s from WebhookSubscription s where "
                + (owner == null ? "s.partnerId is null" : "s.partnerId = :owner")
                + " order by s.createdAt desc, s.id", WebhookSubscription.class);
        return (owner == null ? query : query.setParameter("owner", owner)).getResultList();
    }

    /** How many dead deliveries each of the caller's owner's subscriptions holds (only those with any). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Long> deadCounts() {
        var owner = owner();
        var query = em.createQuery("select d.subscriptionId, count(d) from WebhookDelivery d, WebhookSubscription s"
                + " where s.id = d.subscriptionId and d.status = :dead and "
                + (owner == null ? "s.partnerId is null" : "s.partnerId = :owner") + " group by d.subscriptionId",
                Object[].class).setParameter("dead", WebhookDelivery.Status.DEAD);
        var counts = new java.util.HashMap<UUID, Long>();
        (owner == null ? query : query.setParameter("owner", owner)).getResultList()
                .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription subscription(UUID id) {
        return own(id);
    }

    /** A subscription's latest deliveries, of one status or all, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(UUID subscriptionId, WebhookDelivery.Status status, int max) {
        own(subscriptionId);
        var query = em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :s"
                + (status == null ? "" : " and d.status = :status") + " order by d.createdAt desc, d.id",
                WebhookDelivery.class).setParameter("s", subscriptionId).setMaxResults(Math.min(Math.max(max, 1), 500));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** Every attempt at one of the owner's deliveries, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookAttempt> attempts(UUID deliveryId) {
        ownDelivery(deliveryId);
        return em.createQuery("select a from WebhookAttempt a where a.deliveryId = :d order by a.attemptedAt desc",
                WebhookAttempt.class).setParameter("d", deliveryId).setMaxResults(100).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDelivery delivery(UUID deliveryId) {
        return ownDelivery(deliveryId);
    }

    /** Rule W3: the owner sends a message again, at once, with the same id and a new retry window. */
    public WebhookDelivery replay(UUID deliveryId) {
        var delivery = ownDelivery(deliveryId);
        if (delivery.status() == WebhookDelivery.Status.PENDING) {
            return delivery;   // already on its way: a second click changes nothing
        }
        var before = delivery.status();
        delivery.replay(clock.instant());
        audit.record(own(delivery.subscriptionId()).partnerId().orElse(null), SUBJECT, delivery.subscriptionId(),
                "webhookReplayed", before, delivery.status(), delivery.messageId());
        return delivery;
    }

    /** Replays every dead delivery of a subscription; answers how many. */
    public int replayDead(UUID subscriptionId) {
        var subscription = own(subscriptionId);
        var dead = em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :s and d.status = :dead",
                WebhookDelivery.class).setParameter("s", subscriptionId)
                .setParameter("dead", WebhookDelivery.Status.DEAD).getResultList();
        var now = clock.instant();
        dead.forEach(d -> d.replay(now));
        if (!dead.isEmpty()) {
            audit.record(subscription.partnerId().orElse(null), SUBJECT, subscriptionId, "webhookReplayedDead", null,
                    null, String.valueOf(dead.size()));
        }
        return dead.size();
    }

    /** A {@value #TEST_EVENT} message to this endpoint only, so its owner can see the receiver work. */
    public WebhookDelivery sendTest(UUID subscriptionId) {
        var subscription = own(subscriptionId);
        var now = clock.instant();
        var payload = payload(TEST_EVENT, now, Map.of("subscriptionId", subscription.id().toString()));
        var delivery = new WebhookDelivery(subscription.id(), TEST_EVENT, payload, now);
        em.persist(delivery);
        audit.record(subscription.partnerId().orElse(null), SUBJECT, subscriptionId, "webhookTested", null, null,
                delivery.messageId());
        return delivery;
    }

    /**
     * For demo loaders, which run without a caller: an endpoint of the given owner (null: the brand owner's), audited
     * as made by {@code actor}. Its secret is not shown anywhere; its owner rolls it to get one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookSubscription seed(UUID owner, String url, List<String> eventTypes, String description, String actor) {
        WebhookEndpoints.refusal(url, development).ifPresent(reason -> {
            throw new IllegalArgumentException("The seeded webhook URL " + url + " is refused: " + reason);
        });
        var subscription = new WebhookSubscription(owner, url, new LinkedHashSet<>(eventTypes), description,
                WebhookSignature.newSecret(), actor, clock.instant());
        em.persist(subscription);
        audit.recordAs(actor, owner, SUBJECT, subscription.id(), "webhookSubscribed", null, null, url);
        return subscription;
    }

    /**
     * Rule W1: queues an event for every enabled subscription of the partners it concerns (the one it is about and,
     * say, the distributor an order went to) and, where {@code brandSees}, of the brand owner, in the caller's
     * transaction: it is sent only if the change commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(java.util.Collection<UUID> partnerIds, boolean brandSees, String eventType,
                        Map<String, ?> data) {
        var receivers = em.createQuery("select s from WebhookSubscription s where s.enabled = true and ("
                        + "s.partnerId in :partners" + (brandSees ? " or s.partnerId is null" : "") + ")",
                WebhookSubscription.class).setParameter("partners", partnerIds).getResultList()
                .stream().filter(s -> s.receives(eventType)).toList();
        if (receivers.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var payload = payload(eventType, now, data);
        receivers.forEach(s -> em.persist(new WebhookDelivery(s.id(), eventType, payload, now)));
    }

    /** The Standard Webhooks body: {@code {"type", "timestamp", "data"}}. */
    static String payload(String eventType, java.time.Instant at, Map<String, ?> data) {
        var body = Json.createObjectBuilder().add("type", eventType).add("timestamp", at.toString());
        var fields = Json.createObjectBuilder();
        data.forEach((k, v) -> add(fields, k, v));
        return body.add("data", fields).build().toString();
    }

    private static void add(JsonObjectBuilder fields, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            fields.add(name, d);
        } else if (value instanceof Integer i) {
            fields.add(name, i);
        } else if (value instanceof Long l) {
            fields.add(name, l);
        } else if (value instanceof Boolean b) {
            fields.add(name, b);
        } else {
            fields.add(name, value.toString());
        }
    }

    private List<FieldProblem> check(Request request) {
        var problems = new ArrayList<FieldProblem>();
        if (request == null) {
            problems.add(new FieldProblem("url", "webhooks.url.required", "url: an https address"));
            return problems;
        }
        if (org.channelport.shared.TextInput.hasControlCharacters(request.url(), false)) {
            problems.add(new FieldProblem("url", "webhooks.url.invalid", "url: " + URL_TEXTS.get("invalid")));
        } else {
            WebhookEndpoints.refusal(request.url(), development).ifPresent(reason -> problems.add(new FieldProblem(
                    "url", "webhooks.url." + reason, "url: " + URL_TEXTS.getOrDefault(reason, reason))));
        }
        var known = eventTypes();
        if (request.eventTypes() == null || request.eventTypes().stream().allMatch(t -> t == null || t.isBlank())) {
            problems.add(new FieldProblem("eventTypes", "webhooks.eventTypes.required", "eventTypes: choose at least one"));
        } else {
            for (int i = 0; i < request.eventTypes().size(); i++) {
                var type = request.eventTypes().get(i);
                if (type != null && !type.isBlank() && !known.contains(type.strip())) {
                    problems.add(new FieldProblem("eventTypes[" + i + "]", "webhooks.eventTypes.unknown",
                            "eventTypes[" + i + "]: not an event type; one of " + String.join(", ", known)));
                }
            }
        }
        if (request.description() != null && request.description().strip().length() > 200) {
            problems.add(new FieldProblem("description", "webhooks.description.tooLong", "description: at most 200 characters"));
        } else if (org.channelport.shared.TextInput.hasControlCharacters(request.description(), false)) {
            problems.add(new FieldProblem("description", "webhooks.description.control",
                    "description: one line of text, without control characters"));
        }
        return problems;
    }

    private static final Map<String, String> URL_TEXTS = Map.of(
            "required", "an https address",
            "tooLong", "at most " + WebhookEndpoints.MAX_LENGTH + " characters",
            "invalid", "an absolute https address without user name or fragment",
            "https", "only https addresses receive webhooks",
            "unknownHost", "the host name cannot be found",
            "privateAddress", "the host is in a private network; webhooks go to public addresses only");

    private static Set<String> types(Request request) {
        var types = new LinkedHashSet<String>();
        request.eventTypes().stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .forEach(types::add);
        return types;
    }

    private static String description(Request request) {
        return request.description() == null || request.description().isBlank() ? null : request.description().strip();
    }

    private long count(UUID owner) {
        var query = em.createQuery("select count(s) from WebhookSubscription s where "
                + (owner == null ? "s.partnerId is null" : "s.partnerId = :owner"), Long.class);
        return (owner == null ? query : query.setParameter("owner", owner)).getSingleResult();
    }

    /**
     * Whose subscriptions the caller manages: its partner's (partner admins and the partner's systems) or the brand
     * owner's (null: channel managers and the ERP). Anyone else (a partner's user who is not an admin) is refused.
     */
    private UUID owner() {
        if (user.isChannelManager() || user.isErp()) {
            return null;
        }
        if (user.isPartnerAdmin() || user.hasRole(Roles.PARTNER_API) && user.partnerId().isPresent()) {
            return user.requirePartner();
        }
        throw DomainException.forbidden("error.forbidden", "Only a partner's administrators and systems manage its webhooks.");
    }

    private WebhookSubscription own(UUID id) {
        var owner = owner();
        var subscription = id == null ? null : em.find(WebhookSubscription.class, id);
        if (subscription == null || !Objects.equals(subscription.partnerId().orElse(null), owner)) {
            throw DomainException.notFound("webhook", id);
        }
        return subscription;
    }

    private WebhookDelivery ownDelivery(UUID deliveryId) {
        var delivery = deliveryId == null ? null : em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            throw DomainException.notFound("webhookDelivery", deliveryId);
        }
        try {
            own(delivery.subscriptionId());
        } catch (DomainException e) {
            throw DomainException.notFound("webhookDelivery", deliveryId);
        }
        return delivery;
    }
}
