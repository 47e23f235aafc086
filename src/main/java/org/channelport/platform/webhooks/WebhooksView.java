package org.channelport.platform.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.platform.web.Messages;

/**
 * The webhooks page of the portal (a partner's admins: the partner's endpoints) and of the console (channel managers:
 * the brand owner's, for the ERP): the endpoints with their dead letters, and a form for a new one whose secret is
 * shown here once.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {
    @Inject
    Webhooks webhooks;

    /** One endpoint as the list shows it. */
    public record Row(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
                      Instant createdAt, long dead) implements Serializable {}

    private List<Row> rows;
    private List<String> eventTypeOptions;
    private String url;
    private String description;
    private List<String> eventTypes;
    private String issuedSecret;
    private UUID issuedId;

    @PostConstruct
    void load() {
        var dead = webhooks.deadCounts();
        rows = webhooks.subscriptions().stream().map(s -> new Row(s.id(), s.url(), s.description(),
                s.eventTypes(), s.enabled(), s.createdAt(), dead.getOrDefault(s.id(), 0L))).toList();
        if (eventTypeOptions == null) {
            eventTypeOptions = webhooks.eventTypes();
            eventTypes = new ArrayList<>(eventTypeOptions);
        }
    }

    public void create() {
        issuedSecret = null;
        var issued = Messages.attempt("subscribeForm", () -> webhooks.subscribe(
                new Webhooks.Request(url, eventTypes, description)));
        if (issued != null) {
            issuedSecret = issued.secret();
            issuedId = issued.subscription().id();
            url = null;
            description = null;
            eventTypes = new ArrayList<>(eventTypeOptions);
            Messages.info("webhooks.createdNow");
            load();
        }
    }

    /** "3 dead letters" in the page's language. */
    public String deadLabel(Row row) {
        return Messages.text("webhooks.deadCount", row.dead());
    }

    public List<Row> getRows() { return rows; }
    public List<String> getEventTypeOptions() { return eventTypeOptions; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getEventTypes() { return eventTypes; }
    public void setEventTypes(List<String> eventTypes) { this.eventTypes = eventTypes; }
    public String getIssuedSecret() { return issuedSecret; }
    public UUID getIssuedId() { return issuedId; }
}
