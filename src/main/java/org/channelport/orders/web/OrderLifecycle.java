package org.channelport.orders.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Step;
import org.channelport.platform.web.Step.Phase;

/**
 * An order's cycle for its page (rule O11): placed, with the brand owner (or the distributor it was routed to: rule
 * O22), acknowledged, shipped, invoiced and paid;
 * where it stands, who acts now, and where it stopped (rejected, cancelled).
 */
@Named
@ApplicationScoped
public class OrderLifecycle {
    @Inject
    Formats formats;

    /**
     * The steps as the reader sees them ({@code own}: the ordering partner, {@code supplier}: the distributor a
     * reseller routed it to, {@code brand}: the console); a routed order is answered by the distributor (rule O22).
     */
    public List<Step> steps(OrderRows.Detail order, String viewer) {
        var status = order.row().status();
        var routed = order.row().routed();
        var answer = routed ? "acknowledgedByDistributor" : "acknowledged";
        var placed = switch (status) {
            case DRAFT -> step("placed", Phase.CURRENT, "steps.order.draft");
            case AWAITING_APPROVAL -> step("placed", Phase.CURRENT, "steps.order.awaitingApproval",
                    formats.date(order.row().updatedAt()));
            default -> step("placed", Phase.DONE, null);
        };
        var cancelled = status == OrderStatus.CANCELLED;
        Step withBrand;
        if (status == OrderStatus.SUBMITTED) {
            withBrand = step(answer, Phase.CURRENT,
                    routed ? "steps.order.waitingForDistributor" : "steps.order.waitingForErp",
                    formats.date(order.submittedAt()));
        } else if (status == OrderStatus.REJECTED) {
            withBrand = step(answer, Phase.STOPPED, "steps.order.rejected", formats.date(order.acknowledgedAt()));
        } else if (order.acknowledgedAt() != null) {
            withBrand = step(answer, Phase.DONE, status == OrderStatus.PARTLY_ACKNOWLEDGED
                    ? "steps.order.partly" : null, formats.date(order.acknowledgedAt()));
        } else if (cancelled) {
            withBrand = step(answer, Phase.STOPPED, "steps.order.cancelled", formats.date(order.row().updatedAt()));
        } else {
            withBrand = step(answer, Phase.NEXT, null);
        }
        var shipped = switch (status) {
            case PARTLY_SHIPPED -> step("shipped", Phase.CURRENT, null);
            case SHIPPED, INVOICED, PARTLY_PAID, PAID, CLOSED -> step("shipped", Phase.DONE, null);
            case CHANGE_REQUESTED -> step("shipped", Phase.CURRENT, switch (viewer) {
                case "supplier" -> "steps.order.changeRequestedOfYou";
                case "brand" -> routed ? "steps.order.changeRequestedOfDistributor" : "steps.order.changeRequestedOfErp";
                default -> routed ? "steps.order.changeRequestedDistributor" : "steps.order.changeRequested";
            });
            case CANCEL_REQUESTED -> step("shipped", Phase.CURRENT, switch (viewer) {
                case "supplier" -> "steps.order.cancelRequestedOfYou";
                case "brand" -> routed ? "steps.order.cancelRequestedOfDistributor" : "steps.order.cancelRequestedOfErp";
                default -> routed ? "steps.order.cancelRequestedDistributor" : "steps.order.cancelRequested";
            });
            default -> step("shipped", cancelled && order.acknowledgedAt() != null ? Phase.STOPPED : Phase.NEXT,
                    cancelled && order.acknowledgedAt() != null ? "steps.order.cancelled" : null);
        };
        var invoiced = switch (status) {
            case INVOICED -> step("invoiced", Phase.CURRENT, null);
            case PARTLY_PAID, PAID, CLOSED -> step("invoiced", Phase.DONE, null);
            default -> step("invoiced", Phase.NEXT, null);
        };
        var paid = switch (status) {
            case PARTLY_PAID -> step("paid", Phase.CURRENT, null);
            case PAID, CLOSED -> step("paid", Phase.DONE, null);
            default -> step("paid", Phase.NEXT, null);
        };
        return List.of(placed, withBrand, shipped, invoiced, paid);
    }

    private static Step step(String name, Phase phase, String noteKey, Object... arguments) {
        return new Step(Messages.label("steps.order." + name), phase,
                noteKey == null ? null : Messages.text(noteKey, arguments));
    }
}
