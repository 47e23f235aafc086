package org.channelport.leads.api;

import org.channelport.shared.FieldProblem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import org.channelport.leads.application.InvalidLead;
import org.channelport.leads.application.LeadInput;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/**
 * A lead at the API's edge: what a CRM sends (the fields of {@link NewLeadCommand}) and what the API answers. Fields a
 * partner may not see yet (rule L9) are left out of the answer, and {@code contactHidden} says so.
 */
@JsonbPropertyOrder({"id", "status", "company", "contactName", "contactEmail", "contactPhone", "contactTitle", "country",
        "region", "postalCode", "productLine", "estimatedValue", "currency", "source", "notes"})
public class LeadJson {
    public String id;
    @org.channelport.platform.rest.EnumOf(org.channelport.leads.domain.LeadStatus.class)
    public String status;
    @org.channelport.platform.rest.EnumOf(org.channelport.leads.domain.LeadOrigin.class)
    public String origin;
    public String company;
    public String contactName;
    public String contactEmail;
    public String contactPhone;
    public String contactTitle;
    public String country;
    public String region;
    public String postalCode;
    public String productLine;
    public BigDecimal estimatedValue;
    public String currency;
    public String source;
    public String notes;
    public String partnerId;
    public String partnerName;
    public String assignedUser;
    public String unroutedReason;
    public Instant offeredAt;
    public Instant acceptDueAt;
    public Instant acceptedAt;
    public Instant followUpDueAt;
    public String statusNote;
    public String disqualifyReason;
    public BigDecimal opportunityValue;
    public String opportunityCurrency;
    public LocalDate expectedCloseDate;
    public Instant createdAt;
    public Instant updatedAt;
    public Boolean contactHidden;

    static NewLeadCommand command(String company, String contactName, String contactEmail, String contactPhone,
                                  String contactTitle, String country, String region, String postalCode,
                                  String productLine, BigDecimal estimatedValue, String currency, String source,
                                  String notes) {
        return command(company, contactName, contactEmail, contactPhone, contactTitle, country, region, postalCode,
                productLine, estimatedValue, currency, source, notes, List.of());
    }

    /**
     * The command, or every problem of the lead (rule L1) when a member had the wrong type ({@code earlier}) or the
     * product line is not even one we know: the other fields are still checked, so that a client learns all it must
     * fix at once.
     */
    static NewLeadCommand command(String company, String contactName, String contactEmail, String contactPhone,
                                  String contactTitle, String country, String region, String postalCode,
                                  String productLine, BigDecimal estimatedValue, String currency, String source,
                                  String notes, List<FieldProblem> earlier) {
        var problems = new java.util.ArrayList<FieldProblem>(earlier == null ? List.of() : earlier);
        ProductLine line = null;
        try {
            line = productLine(productLine);
        } catch (DomainException e) {
            problems.add(new FieldProblem("productLine", "lead.productLine.unknown", e.getMessage()));
        }
        var command = new NewLeadCommand(company, contactName, contactEmail, contactPhone, contactTitle, country, region,
                postalCode, line, estimatedValue, currency, source, notes);
        if (!problems.isEmpty()) {
            var reported = problems.stream().map(FieldProblem::field).collect(java.util.stream.Collectors.toSet());
            LeadInput.check(LeadInput.normalize(command)).stream()
                    .filter(p -> !reported.contains(p.field())).forEach(problems::add);
            throw new InvalidLead(problems);
        }
        return command;
    }

    static ProductLine productLine(String value) {
        return org.channelport.platform.rest.Params.choice(ProductLine.class, value, "productLine");
    }

    static LeadJson of(LeadSummary l) {
        var json = new LeadJson();
        json.id = l.getId().toString();
        json.status = l.getStatus().name();
        json.origin = l.getOrigin().name();
        json.company = l.getCompany();
        json.contactName = l.getContactName();
        json.contactEmail = l.getContactEmail();
        json.contactPhone = l.getContactPhone();
        json.contactTitle = l.getContactTitle();
        json.country = l.getCountry();
        json.region = l.getRegion();
        json.postalCode = l.getPostalCode();
        json.productLine = l.getProductLine().name();
        json.estimatedValue = l.getEstimatedValue();
        json.currency = l.getCurrency();
        json.source = l.getSource();
        json.notes = l.getNotes();
        json.partnerId = l.getPartnerId() == null ? null : l.getPartnerId().toString();
        json.partnerName = l.getPartnerName();
        json.assignedUser = l.getAssignedUser();
        json.unroutedReason = l.getUnroutedReason();
        json.offeredAt = l.getOfferedAt();
        json.acceptDueAt = l.getAcceptDueAt();
        json.acceptedAt = l.getAcceptedAt();
        json.followUpDueAt = l.getFollowUpDueAt();
        json.statusNote = l.getStatusNote();
        json.disqualifyReason = l.getDisqualifyReason();
        json.opportunityValue = l.getOpportunityValue();
        json.opportunityCurrency = l.getOpportunityCurrency();
        json.expectedCloseDate = l.getExpectedCloseDate();
        json.createdAt = l.getCreatedAt();
        json.updatedAt = l.getUpdatedAt();
        json.contactHidden = l.isContactHidden() ? Boolean.TRUE : null;
        return json;
    }
}
