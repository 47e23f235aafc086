package org.channelport.edi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.channelport.edi.domain.ArchivedInterchange;
import org.channelport.edi.domain.ArchivedInterchange.Direction;
import org.channelport.edi.domain.ArchivedInterchange.Status;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.edi.domain.OrderResponse;
import org.channelport.edi.domain.OrderSource;
import org.channelport.edi.domain.TradingProfile;
import org.channelport.edi.infrastructure.X12Writer;
import org.channelport.orders.application.OrderEvents;
import org.channelport.orders.domain.LineStatus;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderChanged;
import org.channelport.orders.domain.OrderLine;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.platform.audit.AuditTrail;

/**
 * Rule E10: when the supplier answers an order that came by EDI, the partner's 855 is written from the order as the
 * orders context answered it (its event, never the EDI channel's own copy), in the transaction of the answer: it
 * exists exactly when the answer does, under the next control numbers of the partner's profile (gap-free: a rolled
 * back answer gives its numbers back). It waits in the outbound queue for the partner's system (rule E11), archived and
 * audited. Only a profile in production that asks for the 855 gets one.
 */
@ApplicationScoped
public class OrderResponses {
    @Inject
    EdiRepository repository;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    void answered(@Observes OrderChanged changed) {
        var order = changed.order();
        // every order's every change comes here: anything but an EDI order's answer leaves without a statement
        if (!OrderEvents.ACKNOWLEDGED.equals(changed.type()) || order.channel() != OrderChannel.EDI) {
            return;
        }
        var source = repository.sourceOf(order.id());
        if (source.isEmpty()) {
            return;   // not booked from an 850
        }
        var profile = repository.profile(source.get().profileId())
                .filter(p -> p.mode() == TradingProfile.Mode.PRODUCTION && p.sends("855") && "X12".equals(p.standard()));
        if (profile.isEmpty()) {
            return;
        }
        var p = profile.get();
        var now = clock.instant();
        var version = source.get().version().startsWith("005") ? "00501" : "00401";
        var envelope = new X12Writer.Envelope(p.ourQualifier(), p.ourCode(), p.partnerQualifier(), p.partnerCode(),
                source.get().groupSender().orElse(null), source.get().groupReceiver().orElse(null), version, false);
        var today = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        var response = response(order, source.get(), today.toLocalDate());
        try {
            // written once without numbers first: one that cannot be written takes none (they stay gap-free)
            X12Writer.orderResponse(envelope, source.get().version(), response, 1, 1, today);
        } catch (X12Writer.Unwritable e) {
            // the answer stands (the supplier's call must not fail for the EDI channel); the order's history says why
            // the partner got no 855
            audit.record(order.partnerId(), "purchase order", order.id(), "orderResponseUnwritable", null, null,
                    e.getMessage());
            return;
        }
        long isa = repository.nextControlNumber(p.id(), "ISA");
        long gs = repository.nextControlNumber(p.id(), "GS");
        var text = X12Writer.orderResponse(envelope, source.get().version(), response, isa, gs, today);
        var out = new ArchivedInterchange(order.partnerId(), p.id(), Direction.OUT, p.ourQualifier() + "/" + p.ourCode(),
                p.partnerQualifier() + "/" + p.partnerCode(), Long.toString(isa), false, Status.SENT,
                "855 of PO " + order.poNumber(), "QUEUE", text.getBytes(StandardCharsets.UTF_8),
                source.get().interchangeId(), 0, "channelport", now).about("855", order.id(), order.poNumber());
        repository.add(out);
        audit.record(order.partnerId(), "Interchange", out.id(), "interchangeArchived", null, out.status(),
                out.summary());
    }

    /** What the 855 says: each line's answer in X12's terms, named as the buyer named it. */
    static OrderResponse response(PurchaseOrder order, OrderSource source, java.time.LocalDate today) {
        var lines = order.lines().stream().map(line -> {
            var buyer = source.line(line.lineNo());
            return new OrderResponse.Line(buyer.map(OrderSource.Line::buyerLine)
                    .orElse(Integer.toString(line.lineNo())), BigDecimal.valueOf(line.quantity()),
                    line.unit().name(), line.effectivePrice(), line.sku(),
                    buyer.flatMap(OrderSource.Line::buyerPart).orElse(null),
                    status(line, order.requestedDelivery().orElse(null)),
                    BigDecimal.valueOf(line.deliverableQuantity()),
                    line.agreedDate().orElse(order.requestedDelivery().orElse(null)));
        }).toList();
        return new OrderResponse(order.poNumber(), source.poDate().orElse(null), order.id().toString(),
                order.currency(), today, lines);
    }

    /**
     * ACK01 of a line: IA, IB, IR, ID, and for a changed line what changed (IQ, IP, DR; IC for several); the date
     * asked is the line's own, else the order's.
     */
    static String status(OrderLine line, java.time.LocalDate orderDate) {
        if (line.status() == LineStatus.ACCEPTED) return "IA";
        if (line.status() == LineStatus.BACKORDERED) return "IB";
        if (line.status() == LineStatus.REJECTED) return "IR";
        if (line.status() == LineStatus.CANCELLED) return "ID";
        if (line.status() != LineStatus.CHANGED) return "IA";
        boolean quantity = line.ackQuantity().filter(q -> q != line.quantity()).isPresent();
        boolean price = line.ackPrice().filter(p -> p.compareTo(line.unitPrice()) != 0).isPresent();
        var asked = line.requestedDate().orElse(orderDate);
        boolean date = line.ackDate().filter(d -> !d.equals(asked)).isPresent();
        int changes = (quantity ? 1 : 0) + (price ? 1 : 0) + (date ? 1 : 0);
        return changes != 1 ? "IC" : quantity ? "IQ" : price ? "IP" : "DR";
    }
}
