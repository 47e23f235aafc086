package org.channelport.deals.web;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealRows;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.rest.Params;
import org.channelport.shared.DomainException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What the portal's and the console's page of one registration share: loading it through the read side's tenancy
 * check (rule D4: a foreign, unknown or malformed id answers 404), its history, attachments and pricing requests, and
 * downloads.
 */
abstract class DealPageView implements Serializable {
    @Inject
    DealQueries queries;

    private String id;
    private UUID dealId;
    private DealRows.Detail deal;
    private List<HistoryEntry> history;
    private List<DealRows.Attachment> attachments;
    private List<DealRows.Pricing> pricing;

    public void load() {
        try {
            dealId = Params.id(id, "deal registration");
            reload();
        } catch (DomainException e) {
            org.channelport.platform.web.Pages.notFound();
        }
    }

    /** Reads the registration again after a change. */
    void reload() {
        deal = queries.get(dealId);
        history = queries.history(dealId);
        attachments = queries.attachments(dealId);
        pricing = queries.pricing(dealId);
    }

    public StreamedContent download(UUID attachmentId) {
        var file = queries.attachment(dealId, attachmentId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    UUID dealId() { return dealId; }

    public DealRows.Detail getDeal() { return deal; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<DealRows.Attachment> getAttachments() { return attachments; }
    public List<DealRows.Pricing> getPricing() { return pricing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
