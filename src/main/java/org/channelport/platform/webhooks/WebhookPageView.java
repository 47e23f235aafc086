package org.channelport.platform.webhooks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Pages;
import org.channelport.shared.DomainException;

/**
 * One endpoint's page: what it receives (changeable), its secret (rolled here, the new one shown once), a test
 * message, pause and delete; its latest deliveries with every attempt (status code, error, the first kilobyte of the
 * answer), dead letters replayed one by one or all at once. Another owner's endpoint is "not found".
 */
@Named
@ViewScoped
public class WebhookPageView implements Serializable {
    static final int SHOWN = 100;

    @Inject
    Webhooks webhooks;

    public record Facts(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
                        Instant createdAt, String createdBy, Instant previousSecretUntil) implements Serializable {}

    public record DeliveryRow(UUID id, String messageId, String eventType, String status, int attempts,
                              Integer lastStatusCode, String lastError, Instant createdAt, Instant nextAttemptAt,
                              String payload) implements Serializable {}

    public record AttemptRow(Instant attemptedAt, Integer statusCode, String error, String response, int durationMs)
            implements Serializable {}

    private String id;
    private Facts facts;
    private String status = "";
    private List<DeliveryRow> deliveries = List.of();
    private DeliveryRow selected;
    private List<AttemptRow> attempts = List.of();
    private List<String> eventTypeOptions;
    private String url;
    private String description;
    private List<String> eventTypes;
    private String issuedSecret;

    /** The view action: 404 for an id that is not one of the reader's owner's endpoints. */
    public void load() {
        if (facts != null) {
            return;
        }
        try {
            refresh(webhooks.subscription(UUID.fromString(id == null ? "" : id)));
        } catch (IllegalArgumentException | DomainException e) {
            Pages.notFound();
            return;
        }
        eventTypeOptions = webhooks.eventTypes();
        url = facts.url();
        description = facts.description();
        eventTypes = new ArrayList<>(facts.eventTypes());
        readDeliveries();
    }

    private void refresh(WebhookSubscription s) {
        facts = new Facts(s.id(), s.url(), s.description(), s.eventTypes(), s.enabled(), s.createdAt(), s.createdBy(),
                s.previousSecretUntil().orElse(null));
    }

    public void loadDeliveries() {
        Messages.attempt("deliveriesForm", this::readDeliveries);
    }

    private void readDeliveries() {
        issuedSecret = null;   // shown once: gone with the next thing the person does
        var chosen = java.util.Arrays.stream(WebhookDelivery.Status.values()).filter(v -> v.name().equals(status))
                .findFirst().orElse(null);
        deliveries = webhooks.deliveries(facts.id(), chosen, SHOWN).stream().map(d -> new DeliveryRow(d.id(),
                d.messageId(), d.eventType(), d.status().name(), d.attempts(), d.lastStatusCode().orElse(null),
                d.lastError().orElse(null), d.createdAt(),
                d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.payload())).toList();
        if (selected != null) {
            var still = deliveries.stream().filter(d -> d.id().equals(selected.id())).findFirst();
            selected = still.orElse(null);
            attempts = still.isPresent() ? attemptsOf(selected.id()) : List.of();
        }
    }

    public void select(DeliveryRow row) {
        var found = Messages.attempt("deliveriesForm", () -> attemptsOf(row.id()));
        if (found != null) {
            attempts = found;
            selected = row;
        }
    }

    private List<AttemptRow> attemptsOf(UUID deliveryId) {
        return webhooks.attempts(deliveryId).stream().map(a -> new AttemptRow(a.attemptedAt(), a.statusCode(),
                a.error(), a.responseExcerpt(), a.durationMs())).toList();
    }

    public void save() {
        issuedSecret = null;
        var changed = Messages.attempt("settingsForm", () -> webhooks.change(facts.id(),
                new Webhooks.Request(url, eventTypes, description)));
        if (changed != null) {
            refresh(changed);
            Messages.info("webhooks.saved");
        }
    }

    public void roll() {
        var issued = Messages.attempt("secretForm", () -> webhooks.roll(facts.id()));
        if (issued != null) {
            issuedSecret = issued.secret();
            refresh(issued.subscription());
        }
    }

    public void toggle() {
        issuedSecret = null;
        var changed = Messages.attempt("secretForm", () -> webhooks.enable(facts.id(), !facts.enabled()));
        if (changed != null) {
            refresh(changed);
            Messages.info(changed.enabled() ? "webhooks.enabledNow" : "webhooks.pausedNow");
        }
    }

    public void sendTest() {
        issuedSecret = null;
        if (Messages.attempt("secretForm", () -> webhooks.sendTest(facts.id())) != null) {
            Messages.info("webhooks.testQueued");
            loadDeliveries();
        }
    }

    public void replay(DeliveryRow row) {
        issuedSecret = null;
        if (Messages.attempt("deliveriesForm", () -> webhooks.replay(row.id())) != null) {
            Messages.info("webhooks.replayed");
            loadDeliveries();
        }
    }

    public void replayDead() {
        issuedSecret = null;
        var count = Messages.attempt("deliveriesForm", () -> webhooks.replayDead(facts.id()));
        if (count != null) {
            Messages.info("webhooks.replayedDead", count);
            loadDeliveries();
        }
    }

    /** Deletes the endpoint and goes back to the list (the outcome the page names). */
    public String delete(String listOutcome) {
        if (Messages.attempt("secretForm", () -> webhooks.delete(facts.id()))) {
            Messages.info("webhooks.deleted");
            Pages.keepMessages();
            return listOutcome + "?faces-redirect=true";
        }
        return null;
    }

    /** Why an attempt got no answer, in the page's language (the dispatcher's code, {@code WebhookDispatcher.reason}). */
    public String failure(String code) {
        return code == null || code.isEmpty() ? "" : Messages.label("webhooks.failure." + code);
    }

    public boolean isHasDead() {
        return deliveries.stream().anyMatch(d -> d.status().equals("DEAD"));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Facts getFacts() { return facts; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<DeliveryRow> getDeliveries() { return deliveries; }
    public DeliveryRow getSelected() { return selected; }
    public List<AttemptRow> getAttempts() { return attempts; }
    public List<String> getEventTypeOptions() { return eventTypeOptions; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getEventTypes() { return eventTypes; }
    public void setEventTypes(List<String> eventTypes) { this.eventTypes = eventTypes; }
    public String getIssuedSecret() { return issuedSecret; }
}
