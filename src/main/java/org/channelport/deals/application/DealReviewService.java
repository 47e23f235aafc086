package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.channelport.deals.domain.ConflictPolicy;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.TextInput;

/**
 * Channel managers' decisions (rules D5–D9): approve (twice, by two managers, above the currency's threshold), reject
 * with a reason, ask for more information, decide an extension, decide or escalate a pricing request. Only channel
 * managers decide, on every channel; a partner's call is refused whatever its role. Each decision is audited and mailed to
 * the partner.
 */
@ApplicationScoped
@Transactional
public class DealReviewService {
    @Inject
    DealRegistrationRepository deals;
    @Inject
    DealSettings settings;
    @Inject
    PartnerRoster roster;
    @Inject
    DealNotifications notifications;
    @Inject
    ConflictCheck conflicts;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Returns the status after the approval: APPROVED, or AWAITING_SECOND_APPROVAL after a first approval. */
    public DealStatus approve(UUID id, String note) {
        var manager = ChannelManagers.require(user).name();
        var deal = load(id);
        if (!deal.status().isInReview()) {
            throw new IllegalTransition("deal registration", "deal", deal.status(), "approve");
        }
        // Rule D5 again at approval: nothing may be protected beside another partner's protected registration of the
        // same customer (tax id or domain), whatever the submission found at the time.
        var verdict = conflicts.judge(deal);
        if (verdict.conflicts().stream().anyMatch(c -> ConflictPolicy.blocksApproval(deal.partnerId(), c))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "deal.approval.protectedElsewhere",
                    "Another partner's registration of this customer is protected: reject this one or wait until "
                            + "that protection ends.");
        }
        var threshold = settings.secondApprovalAbove(deal.currency());
        boolean needsTwo = threshold != null && deal.estimatedValue().compareTo(threshold) > 0;
        var tier = roster.find(deal.partnerId()).map(PartnerRoster.Member::tier)
                .orElseThrow(() -> DomainException.notFound("partner", deal.partnerId()));
        var before = deal.status();
        var now = clock.instant();
        boolean approved = deal.approve(manager, needsTwo, settings.protectionDays(tier), today(), now);
        var detail = tidy(note);
        if (approved) {
            audit.record(deal.partnerId(), "DealRegistration", id, "approved", before, deal.status(),
                    detail == null ? AuditDetail.of("history.detail.protectedUntil", AuditDetail.text(deal.protectedUntil()))
                            : AuditDetail.of("history.detail.protectedUntilNote", AuditDetail.text(deal.protectedUntil()),
                                    AuditDetail.text(AuditDetail.typed(detail))));
            notifications.approved(deal);
        } else {
            audit.record(deal.partnerId(), "DealRegistration", id, "firstApproval", before, deal.status(), detail);
        }
        return deal.status();
    }

    public void reject(UUID id, String reason) {
        var manager = ChannelManagers.require(user).name();
        var text = required(reason, "deal.reject.reasonRequired", "Give the partner a reason for the rejection.");
        var deal = load(id);
        var before = deal.status();
        deal.reject(manager, text, clock.instant());
        audit.record(deal.partnerId(), "DealRegistration", id, "rejected", before, deal.status(), text);
        notifications.rejected(deal);
    }

    /** Rule D2: the partner edits and resubmits; the question stays in the history. */
    public void requestInformation(UUID id, String question) {
        var manager = ChannelManagers.require(user).name();
        var text = required(question, "deal.info.questionRequired", "Ask the partner what you need to know.");
        var deal = load(id);
        var before = deal.status();
        deal.requestInformation(manager, text, clock.instant());
        audit.record(deal.partnerId(), "DealRegistration", id, "informationRequested", before, deal.status(), text);
        notifications.informationRequested(deal);
    }

    /** Rule D7: approving adds {@code app.deals.extension-days} to the protection. */
    public void decideExtension(UUID id, boolean approve, String note) {
        ChannelManagers.require(user);
        var deal = load(id);
        var text = tidy(note);
        deal.decideExtension(approve, settings.extensionDays(), clock.instant());
        if (approve) {
            audit.record(deal.partnerId(), "DealRegistration", id, "extensionApproved", deal.status(), deal.status(),
                    AuditDetail.of("history.detail.protectedUntil", AuditDetail.text(deal.protectedUntil())));
        } else {
            audit.record(deal.partnerId(), "DealRegistration", id, "extensionRejected", deal.status(), deal.status(), text);
        }
        notifications.extensionDecided(deal, approve, text);
    }

    /** Rule D9: within the manager's authority only (else {@link #escalatePricing}). */
    public org.channelport.deals.domain.PricingStatus approvePricing(UUID requestId, String note) {
        var manager = ChannelManagers.require(user).name();
        var request = deals.findPricingForUpdate(requestId)
                .orElseThrow(() -> DomainException.notFound("pricing request", requestId));
        var deal = load(request.dealId());
        request.approve(manager, settings.discountAuthority(manager), tidy(note), clock.instant());
        deal.touched(clock.instant());
        audit.record(deal.partnerId(), "DealRegistration", deal.id(), "pricingApproved", deal.status(), deal.status(),
                AuditDetail.of("history.detail.pricingDecided", AuditDetail.label("enum." + request.productLine()),
                        AuditDetail.text(request.discountPercent())));
        notifications.pricingDecided(deal, request);
        return request.status();
    }

    public org.channelport.deals.domain.PricingStatus rejectPricing(UUID requestId, String reason) {
        var manager = ChannelManagers.require(user).name();
        var text = required(reason, "deal.reject.reasonRequired", "Give the partner a reason for the rejection.");
        var request = deals.findPricingForUpdate(requestId)
                .orElseThrow(() -> DomainException.notFound("pricing request", requestId));
        var deal = load(request.dealId());
        request.reject(manager, text, clock.instant());
        deal.touched(clock.instant());
        audit.record(deal.partnerId(), "DealRegistration", deal.id(), "pricingRejected", deal.status(), deal.status(),
                AuditDetail.of("history.detail.pricingRejected", AuditDetail.label("enum." + request.productLine()),
                        AuditDetail.text(text)));
        notifications.pricingDecided(deal, request);
        return request.status();
    }

    public org.channelport.deals.domain.PricingStatus escalatePricing(UUID requestId, String note) {
        var manager = ChannelManagers.require(user).name();
        var request = deals.findPricingForUpdate(requestId)
                .orElseThrow(() -> DomainException.notFound("pricing request", requestId));
        var deal = load(request.dealId());
        request.escalate(manager, settings.discountAuthority(manager), tidy(note), clock.instant());
        deal.touched(clock.instant());
        audit.record(deal.partnerId(), "DealRegistration", deal.id(), "pricingEscalated", deal.status(), deal.status(),
                AuditDetail.of("history.detail.pricingDecided", AuditDetail.label("enum." + request.productLine()),
                        AuditDetail.text(request.discountPercent())));
        return request.status();
    }

    private DealRegistration load(UUID id) {
        return deals.findForUpdate(id).orElseThrow(() -> DomainException.notFound("deal registration", id));
    }

    private static String required(String text, String key, String message) {
        var tidy = tidy(text);
        if (tidy == null) throw DomainException.invalid(key, message, "reason");
        return tidy;
    }

    private static String tidy(String text) {
        var tidy = TextInput.tidy(text);
        if (tidy != null && (tidy.length() > 2000 || TextInput.hasControlCharacters(tidy, true))) {
            throw DomainException.invalid("deal.note.invalid", "Keep the note under 2000 characters of plain text.",
                    "reason");
        }
        return tidy;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
