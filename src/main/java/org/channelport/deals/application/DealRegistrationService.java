package org.channelport.deals.application;

import org.channelport.shared.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.channelport.deals.domain.ConflictLevel;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.PricingKind;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.ProductLine;

/**
 * What a partner does with its registrations, on every channel: save drafts, submit them through the conflict check
 * (rules D1–D5), answer a manager's question and resubmit, ask for an extension, close as won or lost, ask for special
 * pricing. A registration of another partner is "not found" (D4). Every change locks the registration's row and writes an
 * audit entry.
 */
@ApplicationScoped
@Transactional
public class DealRegistrationService {
    @Inject
    DealRegistrationRepository deals;
    @Inject
    DealSettings settings;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    org.channelport.leads.application.LeadQueries leads;
    @Inject
    DealNotifications notifications;
    @Inject
    ConflictCheck conflicts;

    /** The outcome of a submission as the partner may see it: the status, and whether a possible conflict was found. */
    public record Submission(UUID id, DealStatus status, boolean possibleConflict) {}

    /** Saves a new draft (rule D1 applies to drafts too). {@code leadId}, when given, must be a lead the partner holds. */
    public UUID createDraft(DealCommand command, UUID leadId) {
        return createDraft(command, leadId, List.of());
    }

    /** As {@link #createDraft(DealCommand, UUID)}, with the problems the channel found reading its input (D1). */
    public UUID createDraft(DealCommand command, UUID leadId, List<FieldProblem> readProblems) {
        return draft(command, leadId, readProblems).id();
    }

    private DealRegistration draft(DealCommand command, UUID leadId, List<FieldProblem> readProblems) {
        var partner = user.requirePartner();
        var details = DealInput.details(checked(command, readProblems));
        if (leadId != null) {
            leads.get(leadId);
        }
        var now = clock.instant();
        var deal = DealRegistration.draft(UUID.randomUUID(), deals.nextNumber(), partner, leadId, details,
                user.name(), now);
        deals.add(deal);
        audit.record(partner, "DealRegistration", deal.id(), "drafted", null, DealStatus.DRAFT,
                leadId == null ? null : "from lead " + leadId);
        return deal;
    }

    /** A draft saved and submitted at once (the API's default): a refused submission saves nothing. */
    public Submission register(DealCommand command, UUID leadId) {
        return register(command, leadId, List.of());
    }

    public Submission register(DealCommand command, UUID leadId, List<FieldProblem> readProblems) {
        // The new row is invisible to other transactions until this one commits: no need to read it again locked
        // (EclipseLink would hand out a second copy of the just-persisted registration).
        return submit(user.requirePartner(), draft(command, leadId, readProblems));
    }

    public void edit(UUID id, DealCommand command) {
        edit(id, command, List.of());
    }

    public void edit(UUID id, DealCommand command, List<FieldProblem> readProblems) {
        var partner = user.requirePartner();
        change(partner, load(id, partner), command, readProblems);
    }

    /** The form's "submit" on a draft or an answered question: the changes and the submission stand or fall together. */
    public Submission editAndSubmit(UUID id, DealCommand command) {
        var partner = user.requirePartner();
        var deal = load(id, partner);
        change(partner, deal, command, List.of());
        return submit(partner, deal);
    }

    private void change(UUID partner, DealRegistration deal, DealCommand command,
                        List<FieldProblem> readProblems) {
        var details = DealInput.details(checked(command, readProblems));
        var id = deal.id();
        var before = deal.status();
        deal.edit(partner, details, clock.instant());
        deals.nameChanged(deal);
        audit.record(partner, "DealRegistration", id, "edited", before, deal.status(), (String) null);
    }

    /**
     * Rules D3–D5: the check and the recording happen under the country's lock, so that of two partners registering
     * the same customer at the same moment the second sees the first.
     */
    public Submission submit(UUID id) {
        var partner = user.requirePartner();
        return submit(partner, load(id, partner));
    }

    private Submission submit(UUID partner, DealRegistration deal) {
        var id = deal.id();
        if (!deal.status().isEditable()) {
            throw new IllegalTransition("deal registration", "deal", deal.status(), "submit");
        }
        if (deal.expectedCloseDate().isBefore(today())) {
            throw DomainException.invalid("deal.closeDate.past", "The expected close date is in the past: edit it first.",
                    "expectedCloseDate");
        }
        var now = clock.instant();
        var before = deal.status();
        var verdict = conflicts.forSubmission(deal, now);
        deal.submit(partner, verdict.level(), now);
        audit.record(partner, "DealRegistration", id, before == DealStatus.DRAFT ? "submitted" : "resubmitted", before,
                deal.status(), verdict.level() == ConflictLevel.NONE ? null : AuditDetail.of("history.detail.possibleConflict"));
        notifications.submitted(deal);
        return new Submission(id, deal.status(), verdict.level() != ConflictLevel.NONE);
    }

    /** A draft the partner no longer wants: removed with its attachments (submitted ones stay, with their history). */
    public void discard(UUID id) {
        var partner = user.requirePartner();
        var deal = load(id, partner);
        if (deal.status() != DealStatus.DRAFT) {
            throw new IllegalTransition("deal registration", "deal", deal.status(), "discard");
        }
        deals.attachments(id).forEach(deals::removeAttachment);
        deals.remove(deal);
        audit.record(partner, "DealRegistration", id, "discarded", DealStatus.DRAFT, null, (String) null);
    }

    /** Rule D7: one extension per registration, while it is protected. */
    public void requestExtension(UUID id, String reason) {
        var partner = user.requirePartner();
        var text = required(reason, "deal.extension.reasonRequired", "Say why the protection should be extended.",
                "reason");
        var deal = load(id, partner);
        deal.requestExtension(partner, text, clock.instant());
        audit.record(partner, "DealRegistration", id, "extensionRequested", deal.status(), deal.status(), text);
    }

    public void closeWon(UUID id, BigDecimal amount) {
        var partner = user.requirePartner();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(DealInput.LIMIT) >= 0) {
            throw DomainException.invalid("deal.wonAmount.invalid",
                    "Enter the amount won: more than 0, at most two decimals.", "amount");
        }
        var deal = load(id, partner);
        deal.closeWon(partner, amount, clock.instant());
        audit.record(partner, "DealRegistration", id, "won", DealStatus.APPROVED, DealStatus.WON,
                amount.toPlainString() + " " + deal.currency());
    }

    public void closeLost(UUID id, String reason) {
        var partner = user.requirePartner();
        var text = required(reason, "deal.lostReason.required", "Say why the deal was lost.", "reason");
        var deal = load(id, partner);
        deal.closeLost(partner, text, clock.instant());
        audit.record(partner, "DealRegistration", id, "lost", DealStatus.APPROVED, DealStatus.LOST, text);
    }

    /** Rule D9: a special price on one product line of an approved registration. */
    public UUID requestPricing(UUID id, ProductLine line, PricingKind kind, BigDecimal value, String justification) {
        var partner = user.requirePartner();
        if (line == null) {
            throw DomainException.invalid("deal.productLine.required", "Choose a product line.", "productLine");
        }
        if (kind == null) {
            throw DomainException.invalid("deal.pricing.kindRequired", "Choose percent or target price.", "kind");
        }
        if (value == null || value.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("deal.pricing.valueRequired",
                    "Enter the discount or target price (at most two decimals).", "value");
        }
        var text = required(justification, "deal.pricing.justificationRequired",
                "Say why the customer needs this price.", "justification");
        if (text.length() > 2000) {
            throw DomainException.invalid("deal.tooLong", "The justification is longer than 2000 characters.",
                    "justification");
        }
        var deal = load(id, partner);
        if (deal.status() != DealStatus.APPROVED) {
            throw new IllegalTransition("deal registration", "deal", deal.status(), "requestPricing");
        }
        var now = clock.instant();
        var request = PricingRequest.request(deal, line, kind, value, text, user.name(), now);
        deals.addPricing(request);
        deal.touched(now);
        audit.record(partner, "DealRegistration", id, "pricingRequested", deal.status(), deal.status(),
                AuditDetail.of("history.detail.pricingRequested", AuditDetail.label("enum." + line),
                        AuditDetail.label("deals.pricingKind." + kind), AuditDetail.text(value.toPlainString()),
                        AuditDetail.text(request.discountPercent())));
        return request.id();
    }

    private DealCommand checked(DealCommand command, List<FieldProblem> readProblems) {
        if (command == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", "Send the registration.");
        }
        var normalized = DealInput.normalize(command);
        var problems = DealInput.merge(readProblems, DealInput.check(normalized, today(), settings.currencies()));
        if (!problems.isEmpty()) {
            throw new InvalidDeal(problems);
        }
        return normalized;
    }

    private static String required(String text, String key, String message, String field) {
        var tidy = org.channelport.shared.TextInput.tidy(text);
        if (tidy == null) throw DomainException.invalid(key, message, field);
        if (org.channelport.shared.TextInput.hasControlCharacters(tidy, true)) {
            throw DomainException.invalid("deal.controlCharacters", field + " contains control characters", field);
        }
        return tidy;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    DealRegistration load(UUID id, UUID partner) {
        return deals.findForUpdate(id).filter(d -> partner.equals(d.partnerId()))
                .orElseThrow(() -> DomainException.notFound("deal registration", id));
    }
}
