package org.channelport.edi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.edi.domain.OrderSource;
import org.channelport.orders.application.OrderService;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderRequest;

/**
 * Rules E7, E10: one 850's order booked through the orders context's service and, in the same transaction, where it
 * came from (the interchange, group, set and the buyer's line numbers an 855 echoes). A refusal of the order service
 * rolls back both and reaches the caller as it was thrown. An order that was there already (the same PO again) keeps
 * the source it was first booked with.
 */
@ApplicationScoped
public class EdiBooking {
    @Inject
    OrderService orders;
    @Inject
    EdiRepository repository;

    @Transactional
    public OrderService.Placed book(OrderRequest request, OrderSource source) {
        var placed = orders.place(request, OrderChannel.EDI, true, List.of(), source.reference());
        if (!placed.replayed() && repository.sourceOf(placed.order().id()).isEmpty()) {
            repository.add(source.of(placed.order().id()));
        }
        return placed;
    }
}
