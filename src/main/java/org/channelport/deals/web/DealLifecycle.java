package org.channelport.deals.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.domain.DealStatus;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Step;
import org.channelport.platform.web.Step.Phase;

/**
 * A registration's lifecycle for its pages (issue 10, record pages): the steps registered, review, protected and
 * closed, where it stands and who acts (rules D6, D7: a channel manager decides, the partner answers questions and
 * records the outcome), and, when the partner can do nothing now, why and since when.
 */
@Named
@ApplicationScoped
public class DealLifecycle {
    @Inject
    Formats formats;

    public List<Step> steps(DealRows.Detail deal) {
        var status = deal.getStatus();
        var s = deal.getSummary();
        var since = formats.date(s.getSubmittedAt() != null ? s.getSubmittedAt() : s.getUpdatedAt());
        var registered = status == DealStatus.DRAFT
                ? step("registered", Phase.CURRENT, "steps.deal.draft")
                : step("registered", Phase.DONE, "steps.deal.submitted", formats.date(s.getSubmittedAt()));
        Step review = switch (status) {
            case DRAFT -> step("review", Phase.NEXT, null);
            case SUBMITTED -> step("review", Phase.CURRENT, "steps.deal.inReview", since);
            case HELD -> step("review", Phase.CURRENT, "steps.deal.held", since);
            case AWAITING_SECOND_APPROVAL -> step("review", Phase.CURRENT, "steps.deal.secondApproval", since);
            case INFO_REQUESTED -> step("review", Phase.CURRENT, "steps.deal.infoRequested",
                    formats.date(s.getUpdatedAt()));
            case REJECTED -> step("review", Phase.STOPPED, "steps.deal.rejected", formats.date(deal.getDecidedAt()));
            default -> step("review", Phase.DONE, "steps.deal.approved", formats.date(deal.getDecidedAt()));
        };
        Step protection = switch (status) {
            case APPROVED -> step("protected", Phase.CURRENT, "steps.deal.protectedUntil", formats.day(s.getProtectedUntil()));
            case EXPIRED -> step("protected", Phase.STOPPED, "steps.deal.expired", formats.day(s.getProtectedUntil()));
            case WON, LOST -> step("protected", Phase.DONE, null);
            default -> step("protected", Phase.NEXT, null);
        };
        Step closed = switch (status) {
            case WON -> step("closed", Phase.DONE, "steps.deal.won");
            case LOST -> step("closed", Phase.DONE, "steps.deal.lost");
            default -> step("closed", Phase.NEXT, null);
        };
        return List.of(registered, review, protection, closed);
    }

    /**
     * Why the partner has nothing to do on the registration now, and since when (shown where its actions would be),
     * or nothing when it can act (edit, answer, close, ask for an extension).
     */
    public String whyNothingToDo(DealRows.Detail deal) {
        var s = deal.getSummary();
        return switch (deal.getStatus()) {
            case SUBMITTED, HELD, AWAITING_SECOND_APPROVAL -> Messages.text("steps.deal.waitingForManager",
                    formats.date(s.getSubmittedAt() != null ? s.getSubmittedAt() : s.getUpdatedAt()));
            case REJECTED -> Messages.text("steps.deal.nothingRejected");
            case EXPIRED, WON, LOST -> Messages.text("steps.deal.nothingClosed");
            default -> "";
        };
    }

    private static Step step(String name, Phase phase, String noteKey, Object... arguments) {
        return new Step(Messages.label("steps.deal." + name), phase,
                noteKey == null ? null : Messages.text(noteKey, arguments));
    }
}
