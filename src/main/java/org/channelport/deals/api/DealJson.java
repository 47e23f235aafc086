package org.channelport.deals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.application.DealSummary;

/**
 * A deal registration as the API answers it (what a partner system sends is a {@link DealRegistrationJson}). Of a conflict a partner learns only that one
 * exists ({@code possibleConflict}, rule D4); {@code partnerName} is filled in for the ERP and channel managers only.
 */
@JsonbPropertyOrder({"id", "reference", "status", "stage", "possibleConflict", "company", "webDomain", "country",
        "region", "taxId", "contactName", "contactEmail", "contactPhone", "lines", "estimatedValue", "currency",
        "expectedCloseDate", "competitor", "notes", "leadId", "partnerName", "protectedUntil", "decisionNote",
        "closedAmount", "createdAt", "updatedAt"})
public class DealJson {
    public String id;
    public String reference;
    @org.channelport.platform.rest.EnumOf(org.channelport.deals.domain.DealStatus.class)
    public String status;
    @org.channelport.platform.rest.EnumOf(org.channelport.deals.domain.DealStage.class)
    public String stage;
    public Boolean possibleConflict;
    public String company;
    public String webDomain;
    public String country;
    public String region;
    public String taxId;
    public String contactName;
    public String contactEmail;
    public String contactPhone;
    public List<LineJson> lines;
    public BigDecimal estimatedValue;
    public String currency;
    /** YYYY-MM-DD. */
    public String expectedCloseDate;
    public String competitor;
    public String notes;
    public String leadId;
    public String partnerName;
    public LocalDate protectedUntil;
    public String decisionNote;
    public BigDecimal closedAmount;
    public Instant createdAt;
    public Instant updatedAt;

    /** One product line of the opportunity. */
    public static class LineJson {
        public String productLine;
        public String products;
        public BigDecimal amount;

        public LineJson() {}

        LineJson(String productLine, String products, BigDecimal amount) {
            this.productLine = productLine;
            this.products = products;
            this.amount = amount;
        }
    }

    static DealJson of(DealSummary d) {
        var json = new DealJson();
        json.id = d.getId().toString();
        json.reference = d.getReference();
        json.status = d.getStatus().name();
        json.stage = d.getStage() == null ? null : d.getStage().name();
        json.possibleConflict = d.isPossibleConflict();
        json.company = d.getCompany();
        json.webDomain = d.getWebDomain();
        json.country = d.getCountry();
        json.region = d.getRegion();
        json.estimatedValue = d.getEstimatedValue();
        json.currency = d.getCurrency();
        json.expectedCloseDate = d.getExpectedCloseDate() == null ? null : d.getExpectedCloseDate().toString();
        json.partnerName = d.getPartnerName();
        json.protectedUntil = d.getProtectedUntil();
        json.decisionNote = d.getDecisionNote();
        json.closedAmount = d.getClosedAmount();
        json.createdAt = d.getCreatedAt();
        json.updatedAt = d.getUpdatedAt();
        json.lines = d.getProductLines().stream().map(l -> new LineJson(l, null, null)).toList();
        return json;
    }

    static DealJson of(DealRows.Detail detail) {
        var json = of(detail.getSummary());
        json.taxId = detail.getTaxId();
        json.contactName = detail.getContactName();
        json.contactEmail = detail.getContactEmail();
        json.contactPhone = detail.getContactPhone();
        json.competitor = detail.getCompetitor();
        json.notes = detail.getNotes();
        json.leadId = detail.getLeadId() == null ? null : detail.getLeadId().toString();
        json.lines = detail.getLines().stream()
                .map(l -> new LineJson(l.getProductLine().name(), l.getProducts(), l.getAmount())).toList();
        return json;
    }
}
