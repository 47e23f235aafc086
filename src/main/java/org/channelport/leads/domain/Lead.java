package org.channelport.leads.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.channelport.shared.CompanyNames;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.ProductLine;

/**
 * A prospective customer the brand owner shares with a partner, or a partner registers itself.
 *
 * <p>Invariants: a BRAND lead carries its de-duplication keys (rule L2); it is held by at most one partner at a time, through
 * exactly one open {@link LeadAssignment} ({@code currentAssignmentId}) while OFFERED or being worked; only the holding
 * partner accepts, declines or works it (L9); an offer must be accepted before {@code acceptDueAt} and an accepted lead
 * updated before {@code followUpDueAt}, else it is recalled (L10); DISQUALIFIED and CONVERTED are final.
 */
@Entity
@Table(name = "sales_lead")
public class Lead {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String company;
    @Column(name = "normalized_company", nullable = false)
    private String normalizedCompany;
    /** What deal registration's conflict check compares (CompanyNames.matchName). */
    @Column(name = "match_name")
    private String matchName;

    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_title")
    private String contactTitle;
    @Column(nullable = false)
    private String country;
    private String region;
    @Column(name = "postal_code")
    private String postalCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "product_line", nullable = false)
    private ProductLine productLine;
    @Column(name = "estimated_value")
    private BigDecimal estimatedValue;
    private String currency;
    private String source;
    private String notes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadOrigin origin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;
    /** The partner holding the lead (offered or working it), or that registered it. */
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "sourced_by")
    private UUID sourcedBy;
    @Column(name = "assigned_user")
    private String assignedUser;
    @Column(name = "current_assignment_id")
    private UUID currentAssignmentId;
    @Column(name = "unrouted_reason")
    private String unroutedReason;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "remind_at")
    private Instant remindAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "accept_due_at")
    private Instant acceptDueAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "follow_up_due_at")
    private Instant followUpDueAt;
    @Column(name = "follow_up_sla_hours")
    private Integer followUpSlaHours;
    @Column(name = "status_note")
    private String statusNote;
    @Column(name = "disqualify_reason")
    private String disqualifyReason;
    @Column(name = "opportunity_value")
    private BigDecimal opportunityValue;
    @Column(name = "opportunity_currency")
    private String opportunityCurrency;
    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;
    @Column(name = "dedup_email")
    private String dedupEmail;
    @Column(name = "dedup_company")
    private String dedupCompany;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Lead() {}

    /** A brand-owner lead (console, import, CRM), waiting to be routed. Fields are already checked (rule L1). */
    public static Lead intake(UUID id, LeadDetails details, String actor, Instant now) {
        var lead = new Lead(id, details, actor, now);
        lead.origin = LeadOrigin.BRAND;
        lead.status = LeadStatus.UNASSIGNED;
        lead.dedupEmail = emailKey(details.contactEmail());
        lead.dedupCompany = companyKey(details.company(), details.country());
        return lead;
    }

    /** A lead a partner found itself: its own at once, never routed and never recalled (rule L3). */
    public static Lead sourcedBy(UUID id, UUID partnerId, LeadDetails details, String actor, Instant now) {
        var lead = new Lead(id, details, actor, now);
        lead.origin = LeadOrigin.PARTNER;
        lead.status = LeadStatus.ACCEPTED;
        lead.partnerId = partnerId;
        lead.sourcedBy = partnerId;
        lead.assignedUser = actor;
        lead.acceptedAt = now;
        return lead;
    }

    private Lead(UUID id, LeadDetails d, String actor, Instant now) {
        this.id = id;
        this.company = d.company();
        this.normalizedCompany = CompanyNames.normalizeName(d.company());
        this.matchName = CompanyNames.matchName(d.company());
        this.contactName = d.contactName();
        this.contactEmail = d.contactEmail();
        this.contactPhone = d.contactPhone();
        this.contactTitle = d.contactTitle();
        this.country = d.country();
        this.region = d.region();
        this.postalCode = d.postalCode();
        this.productLine = d.productLine();
        this.estimatedValue = d.estimatedValue();
        this.currency = d.currency();
        this.source = d.source();
        this.notes = d.notes();
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What deal registration's conflict check compares (rule D3). */
    public String matchName() {
        return matchName;
    }

    /** Deal registration's name blocks of this lead (kept in lead_name_key by the repository). */
    public java.util.Set<String> nameKeys() {
        return CompanyNames.nameKeys(country, matchName);
    }

    /** Rule L2's keys: the e-mail in lower case; the normalized company name with the country. */
    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String companyKey(String company, String country) {
        var name = CompanyNames.normalizeName(company);
        return name.isEmpty() ? null : country.toUpperCase(Locale.ROOT) + "|" + name;
    }

    /** Offers the lead to the partner of this assignment (routing or a manager's manual choice). */
    public void offer(LeadAssignment assignment, Duration acceptSla, Duration reminderBefore, int followUpHours) {
        if (status.isFinal() || origin == LeadOrigin.PARTNER) {
            throw new IllegalTransition("lead", "lead", status, "offer");
        }
        var now = assignment.offeredAt();
        status = LeadStatus.OFFERED;
        partnerId = assignment.partnerId();
        currentAssignmentId = assignment.id();
        assignedUser = null;
        unroutedReason = null;
        offeredAt = now;
        acceptDueAt = now.plus(acceptSla);
        var before = reminderBefore.compareTo(acceptSla.dividedBy(2)) > 0 ? acceptSla.dividedBy(2) : reminderBefore;
        remindAt = acceptDueAt.minus(before);
        remindedAt = null;
        acceptedAt = null;
        followUpDueAt = null;
        followUpSlaHours = followUpHours;
        updatedAt = now;
    }

    /** No rule found a partner: the lead waits in the managers' queue with the reason (rule L6). */
    public void leaveUnassigned(String reason, Instant now) {
        if (status.isFinal()) {
            throw new IllegalTransition("lead", "lead", status, "unassign");
        }
        status = LeadStatus.UNASSIGNED;
        partnerId = null;
        currentAssignmentId = null;
        assignedUser = null;
        unroutedReason = reason;
        offeredAt = null;
        remindAt = null;
        acceptDueAt = null;
        acceptedAt = null;
        followUpDueAt = null;
        updatedAt = now;
    }

    /** Rule L10: only before the acceptance deadline; after it, the sweep recalls the lead. */
    public void accept(UUID byPartner, String user, Instant now) {
        requireHeldBy(byPartner);
        if (status != LeadStatus.OFFERED) {
            throw new IllegalTransition("lead", "lead", status, "accept");
        }
        if (now.isAfter(acceptDueAt)) {
            throw DomainException.conflict("lead.acceptWindowClosed",
                    "The time to accept this lead has run out; it is being offered to another partner.");
        }
        status = LeadStatus.ACCEPTED;
        acceptedAt = now;
        assignedUser = user;
        followUpDueAt = followUpSlaHours == null ? null : now.plus(Duration.ofHours(followUpSlaHours));
        remindAt = null;
        updatedAt = now;
    }

    public void requireDeclinable(UUID byPartner, String reason) {
        requireHeldBy(byPartner);
        if (status != LeadStatus.OFFERED) {
            throw new IllegalTransition("lead", "lead", status, "decline");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("lead.declineReason.required", "Give a reason for declining.", "reason");
        }
    }

    /**
     * Rule L11: a worked lead moves forward only (contacted, qualified, then disqualified or converted); disqualifying
     * needs a reason. Each update restarts the follow-up SLA.
     */
    public void updateStatus(UUID byPartner, LeadStatus next, String note, String reason, Instant now) {
        requireHeldBy(byPartner);
        if (next == null || next == LeadStatus.CONVERTED) {
            throw DomainException.invalid("lead.status.invalid", "Choose contacted, qualified or disqualified "
                    + "(converting records the opportunity).", "status");
        }
        boolean working = status == LeadStatus.ACCEPTED || status == LeadStatus.CONTACTED
                || status == LeadStatus.QUALIFIED;
        if (!working || next.ordinal() < status.ordinal() || next == LeadStatus.ACCEPTED) {
            throw new IllegalTransition("lead", "lead", status, "set to " + next.name().toLowerCase(Locale.ROOT));
        }
        if (next == LeadStatus.DISQUALIFIED) {
            if (reason == null || reason.isBlank()) {
                throw DomainException.invalid("lead.disqualifyReason.required", "Give a reason for disqualifying.",
                        "reason");
            }
            disqualifyReason = limit(reason.strip(), 1000);
            followUpDueAt = null;
        } else {
            restartFollowUp(now);
        }
        status = next;
        statusNote = note == null || note.isBlank() ? statusNote : limit(note.strip(), 2000);
        updatedAt = now;
    }

    /** Rule L11: converting records the opportunity (value and expected close date, not in the past). */
    public void convert(UUID byPartner, BigDecimal value, String currencyCode, LocalDate closeDate, String note,
                        LocalDate today, Instant now) {
        requireHeldBy(byPartner);
        if (!status.isWorked() || status.isFinal()) {
            throw new IllegalTransition("lead", "lead", status, "convert");
        }
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(MAX_VALUE) >= 0) {
            throw DomainException.invalid("lead.opportunityValue.invalid",
                    "Give the opportunity's value (more than 0 and below 10,000,000,000,000, at most 2 decimals).",
                    "opportunityValue");
        }
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}") || !isCurrency(currencyCode)) {
            throw DomainException.invalid("lead.currency.invalid", "Give a three-letter currency code such as EUR.",
                    "currency");
        }
        if (closeDate == null || closeDate.isBefore(today)) {
            throw DomainException.invalid("lead.closeDate.invalid", "Give an expected close date, today or later.",
                    "expectedCloseDate");
        }
        status = LeadStatus.CONVERTED;
        opportunityValue = value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        opportunityCurrency = currencyCode;
        expectedCloseDate = closeDate;
        statusNote = note == null || note.isBlank() ? statusNote : limit(note.strip(), 2000);
        followUpDueAt = null;
        updatedAt = now;
    }

    /** A partner admin hands the lead to a colleague (the service checks the colleague belongs to the partner). */
    public void assignUser(UUID byPartner, String user, Instant now) {
        requireHeldBy(byPartner);
        if (!status.isWorked() || status.isFinal()) {
            throw new IllegalTransition("lead", "lead", status, "reassign");
        }
        assignedUser = user;
        updatedAt = now;
    }

    /** The offer ended (declined, recalled, reassigned): the lead is free for routing again. */
    public void release(Instant now) {
        partnerId = null;
        currentAssignmentId = null;
        assignedUser = null;
        status = LeadStatus.UNASSIGNED;
        offeredAt = null;
        remindAt = null;
        acceptDueAt = null;
        acceptedAt = null;
        followUpDueAt = null;
        updatedAt = now;
    }

    public void reminded(Instant now) {
        remindedAt = now;
        remindAt = null;
    }

    /** Rule L10: due for recall at this instant (offer not accepted, or accepted lead not updated, in time). */
    public AssignmentEnd recallDue(Instant now) {
        if (origin == LeadOrigin.PARTNER) {
            return null;
        }
        if (status == LeadStatus.OFFERED && acceptDueAt != null && now.isAfter(acceptDueAt)) {
            return AssignmentEnd.RECALLED_NOT_ACCEPTED;
        }
        if (status.isOpen() && status != LeadStatus.OFFERED && followUpDueAt != null && now.isAfter(followUpDueAt)) {
            return AssignmentEnd.RECALLED_NOT_WORKED;
        }
        return null;
    }

    /** What routing needs of this lead (rule L7: the partners that declined it or had it recalled are excluded). */
    public LeadFacts facts(java.util.Map<UUID, AssignmentEnd> excluded) {
        var declined = new java.util.HashSet<UUID>();
        var recalled = new java.util.HashSet<UUID>();
        excluded.forEach((partner, end) -> (end == AssignmentEnd.DECLINED ? declined : recalled).add(partner));
        return new LeadFacts(id, country, region, postalCode, productLine, java.util.Set.copyOf(declined),
                java.util.Set.copyOf(recalled));
    }

    private void restartFollowUp(Instant now) {
        followUpDueAt = followUpSlaHours == null ? null : now.plus(Duration.ofHours(followUpSlaHours));
    }

    /** Rule L9: a partner acts only on a lead it holds; anything else is "not found" (never "forbidden"). */
    private void requireHeldBy(UUID byPartner) {
        if (byPartner == null || !byPartner.equals(partnerId)) {
            throw DomainException.notFound("lead", id);
        }
    }

    /** What the opportunity_value column (NUMERIC(15,2)) holds, exclusive. */
    static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(13);

    private static boolean isCurrency(String code) {
        try {
            return java.util.Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public UUID id() { return id; }
    public String company() { return company; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String country() { return country; }
    public String region() { return region; }
    public String postalCode() { return postalCode; }
    public ProductLine productLine() { return productLine; }
    public LeadOrigin origin() { return origin; }
    public LeadStatus status() { return status; }
    public UUID partnerId() { return partnerId; }
    public UUID currentAssignmentId() { return currentAssignmentId; }
    public String assignedUser() { return assignedUser; }
    public Instant acceptDueAt() { return acceptDueAt; }
    public Instant remindAt() { return remindAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant followUpDueAt() { return followUpDueAt; }
    public BigDecimal estimatedValue() { return estimatedValue; }
    public String currency() { return currency; }
    public BigDecimal opportunityValue() { return opportunityValue; }
    public String opportunityCurrency() { return opportunityCurrency; }
    public LocalDate expectedCloseDate() { return expectedCloseDate; }
    public String dedupEmail() { return dedupEmail; }
    public String dedupCompany() { return dedupCompany; }
}
