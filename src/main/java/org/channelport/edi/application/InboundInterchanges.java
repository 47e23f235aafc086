package org.channelport.edi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.edi.domain.ArchivedInterchange;
import org.channelport.edi.domain.ArchivedInterchange.Direction;
import org.channelport.edi.domain.ArchivedInterchange.Status;
import org.channelport.edi.domain.EdiInterchange;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.edi.domain.EdiTransaction;
import org.channelport.edi.domain.FunctionalAcknowledgment;
import org.channelport.edi.domain.OrderSource;
import org.channelport.edi.domain.X12Units;
import org.channelport.edi.domain.IncomingOrder;
import org.channelport.edi.domain.TradingProfile;
import org.channelport.edi.infrastructure.EdiReader;
import org.channelport.edi.infrastructure.EdifactWriter;
import org.channelport.edi.infrastructure.X12Writer;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldErrors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A partner's interchanges in (rules E2, E3, E5, E7, E8): read, matched to the sender's trading profile, refused whole
 * when the envelope is broken, the sender unknown or not the caller (a partner cannot send as another), the test
 * indicator not the profile's, or the control number already received within {@code app.edi.duplicate-window-days}
 * (a TA1 says why: 023 cut short, 021/001 counts, 006 sender, 020 test indicator, 025 duplicate); otherwise every 850
 * that reads cleanly is booked through the orders context's service as an EDI order (each in its own transaction;
 * a test interchange books nothing) and every group is answered by a 997 when the profile asks for one. What came in
 * and what went back is archived.
 */
@ApplicationScoped
public class InboundInterchanges {
    private static final UUID UNKNOWN_SENDERS = new UUID(0, 0);

    @Inject
    EdiRepository repository;
    @Inject
    EdiArchive archive;
    @Inject
    EdiBooking booking;
    @Inject
    org.channelport.orders.application.CatalogQueries catalog;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.edi.duplicate-window-days", defaultValue = "30")
    int duplicateWindowDays;

    /** What became of one transaction set. */
    public record SetResult(String groupControlNumber, String controlNumber, String type, String status,
                            String poNumber, UUID orderId, List<String> problems) {}

    /** What became of one interchange of the file, and the acknowledgment sent back. */
    public record InterchangeResult(UUID id, String controlNumber, Status status, boolean test, int ordersBooked,
                                    String acknowledgment, List<SetResult> sets) {}

    /** What became of the file; {@code stoppedBecause}: why reading ended before the file did, if it did. */
    public record Received(List<InterchangeResult> interchanges, int skippedBytes, String stoppedBecause) {}

    public Received receive(byte[] content, String transport) {
        var partner = user.requirePartner();
        var read = EdiReader.read(content == null ? new byte[0] : content);
        if (read.interchanges().isEmpty()) {
            throw DomainException.invalid("edi.notInterchange", "The body is no X12 or EDIFACT interchange (no ISA "
                    + "or UNB segment could be read" + (read.stoppedBecause() == null ? "" : ": " + read.stoppedBecause()) + ").",
                    "body");
        }
        var results = new ArrayList<InterchangeResult>();
        for (int i = 0; i < read.interchanges().size(); i++) {
            var interchange = read.interchanges().get(i);
            // a file cut short: the interchange it stopped in has the reader's reason
            results.add(receive(partner, interchange, content, transport));
        }
        return new Received(results, read.skippedBytes(), read.stoppedBecause());
    }

    private InterchangeResult receive(UUID partner, EdiInterchange interchange, byte[] raw, String transport) {
        var now = clock.instant();
        var profile = repository.profileFor(interchange.standard(), interchange.senderQualifier(), interchange.senderId(),
                        interchange.receiverQualifier(), interchange.receiverId())
                .filter(p -> p.partnerId().equals(partner));
        if (profile.isEmpty()) {
            return refuse(null, interchange, raw, transport, Status.NOT_RECOGNIZED, "006",
                    "the sender " + interchange.senderQualifier() + "/" + interchange.senderId() + " to "
                            + interchange.receiverQualifier() + "/" + interchange.receiverId()
                            + " is no trading profile of yours");
        }
        var p = profile.get();
        var broken = interchange.envelopeRefusal();
        if (broken.isPresent()) {
            return refuse(p, interchange, raw, transport, Status.REJECTED, broken.get(), interchange.complete()
                    ? "envelope: " + interchange.problems().get(0).segmentTag() + " "
                    + interchange.problems().get(0).error() : "the interchange ends early");
        }
        if (!p.accepts(interchange.test())) {
            return refuse(p, interchange, raw, transport, Status.REJECTED, "020", interchange.test()
                    ? "a test interchange, and the profile is in production"
                    : "a production interchange, and the profile is still in test");
        }
        if (repository.receivedBefore(p.id(), interchange.controlNumber(),
                now.minus(Duration.ofDays(duplicateWindowDays)))) {
            return refuse(p, interchange, raw, transport, Status.DUPLICATE, "025",
                    "interchange control number " + interchange.controlNumber() + " was received before");
        }
        // the 997 is written before anything is booked: one that cannot be (a value X12 cannot echo) refuses it whole
        String acknowledgment = null;
        long[] numbers = null;
        var edifact = "EDIFACT".equals(interchange.standard());
        if (edifact && p.functionalAck() == TradingProfile.Acknowledgment.CONTRL) {
            numbers = archive.controlNumbers(p.id());
            try {
                acknowledgment = EdifactWriter.syntaxReport(interchange, null, numbers[0],
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            } catch (X12Writer.Unwritable e) {
                return refuse(p, interchange, raw, transport, Status.REJECTED, "024",
                        "its values cannot be acknowledged as EDIFACT allows");
            }
        }
        var acks = edifact ? List.<FunctionalAcknowledgment>of()
                : interchange.groups().stream().map(FunctionalAcknowledgment::of).toList();
        if (p.functionalAck() == TradingProfile.Acknowledgment.X997 && !acks.isEmpty()) {
            numbers = archive.controlNumbers(p.id());
            try {
                acknowledgment = X12Writer.functionalAcknowledgment(interchange, acks, numbers[0], numbers[1],
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            } catch (X12Writer.Unwritable e) {
                return refuse(p, interchange, raw, transport, Status.REJECTED, "024",
                        "its values cannot be acknowledged as X12 allows");
            }
        }
        var sets = new ArrayList<SetResult>();
        int booked = 0;
        var inId = UUID.randomUUID();   // what it books names it
        for (var group : interchange.groups()) {
            for (var set : group.transactions()) {
                // a group whose own header or trailer is wrong books nothing (its 997 rejects it: AK9 R)
                var result = group.problems().isEmpty() ? book(p, interchange, inId, group, set)
                        : new SetResult(group.controlNumber(), set.controlNumber(), set.type(), "SYNTAX_ERROR", null,
                        null, group.problems().stream().map(g -> g.segmentTag() + String.format("%02d",
                                g.elementPosition()) + " " + g.error()).limit(20).toList());
                if (result.orderId() != null && "BOOKED".equals(result.status())) booked++;
                sets.add(result);
            }
        }
        var syntaxOk = sets.stream().allMatch(s -> !"SYNTAX_ERROR".equals(s.status()));
        var allBooked = sets.stream().allMatch(s -> "BOOKED".equals(s.status()) || "REPLAYED".equals(s.status())
                || "TEST_OK".equals(s.status()) || "NOT_AN_ORDER".equals(s.status()));
        var status = allBooked && syntaxOk ? Status.ACCEPTED : booked > 0 || sets.stream().anyMatch(s ->
                "BOOKED".equals(s.status()) || "REPLAYED".equals(s.status()) || "TEST_OK".equals(s.status()))
                ? Status.ACCEPTED_WITH_ERRORS : Status.REJECTED;
        var archived = new ArrayList<ArchivedInterchange>();
        var in = new ArchivedInterchange(inId, partner, p.id(), Direction.IN, envelope(interchange, true),
                envelope(interchange, false), interchange.controlNumber(), interchange.test(), status,
                summary(sets), transport, raw, null, booked, audit.currentActor(), now).in(interchange.standard());
        archived.add(in);
        if (acknowledgment != null) {
            archived.add(answer(new ArchivedInterchange(partner, p.id(), Direction.OUT, envelope(interchange, false),
                    envelope(interchange, true), Long.toString(numbers[0]), interchange.test(), Status.SENT,
                    (edifact ? "CONTRL of " : "997 of ") + interchange.controlNumber(), transport,
                    acknowledgment.getBytes(StandardCharsets.UTF_8), in.id(), 0, "channelport", now)
                    .in(interchange.standard()).about(edifact ? "CONTRL" : "997", null, null), transport, now));
        }
        archive.keep(archived);
        return new InterchangeResult(in.id(), interchange.controlNumber(), status, interchange.test(), booked,
                acknowledgment, sets);
    }

    /**
     * An acknowledgment carried by the answer to a REST call is delivered with it; on other transports it waits in
     * the outbound queue (rule E11).
     */
    private static ArchivedInterchange answer(ArchivedInterchange out, String transport, java.time.Instant now) {
        if ("REST".equals(transport)) out.delivered(now);
        return out;
    }

    /** One set: an 850 that reads cleanly is booked (a test one only checked); anything else is reported. */
    private SetResult book(TradingProfile profile, EdiInterchange interchange, UUID interchangeId,
                           org.channelport.edi.domain.EdiGroup gs, EdiTransaction set) {
        var group = gs.controlNumber();
        var test = interchange.test();
        if (!set.accepted()) {
            return new SetResult(group, set.controlNumber(), set.type(), "SYNTAX_ERROR", null, null,
                    set.problems().stream().map(p -> p.segmentTag() + (p.segmentPosition() > 0 ? "@" + p.segmentPosition() : "")
                            + (p.elementPosition() > 0 ? String.format("%02d", p.elementPosition()) : "") + " " + p.error())
                            .limit(20).toList());
        }
        if (!"850".equals(set.type()) && !"ORDERS".equals(set.type())) {
            return new SetResult(group, set.controlNumber(), set.type(), "NOT_AN_ORDER", null, null, List.of());
        }
        var order = "850".equals(set.type()) ? IncomingOrder.of850(set) : IncomingOrder.ofOrders(set);
        var problems = new ArrayList<>(order.problems());
        var lines = new ArrayList<LineRequest>();
        var sourceLines = new ArrayList<OrderSource.Line>();
        for (int i = 0; i < order.lines().size(); i++) {
            var line = order.lines().get(i);
            var sku = line.sku();
            if (sku == null && line.gtin() != null) {   // UP / EN / UK: the product of that GTIN the partner sees
                sku = catalog.visibleSkuOfGtin(profile.partnerId(), line.gtin()).orElse(null);
                if (sku == null) {
                    problems.add(where(set) + " of line " + line.line() + ": the GTIN " + line.gtin()
                        + " is no product of ours");
                }
            } else if (sku == null) {
                problems.add("850".equals(set.type()) ? "PO1 of line " + line.line() + ": name the product by our "
                        + "SKU (PO106 VP or VN) or its GTIN (UP, EN, UK)" : "LIN of line " + line.line() + ": name the "
                        + "product by our SKU (PIA SA) or its GTIN (LIN EN or SRV)");
            }
            lines.add(new LineRequest(sku, line.quantity(), "850".equals(set.type()) ? X12Units.fromX12(line.unit())
                    : line.unit(), line.expectedPrice(),
                    line.requestedDate()));
            sourceLines.add(new OrderSource.Line(i + 1, line.line(), line.buyerPart()));
        }
        if (!problems.isEmpty()) {
            return new SetResult(group, set.controlNumber(), set.type(), "REFUSED", order.poNumber(), null, problems);
        }
        var request = new OrderRequest(order.poNumber(), order.currency() == null || order.currency().isBlank()
                ? profile.defaultCurrency() : order.currency(), order.requestedDelivery(), null, lines,
                order.shipToGln() != null ? order.shipToGln() : order.shipToCode());
        if (test) {
            return new SetResult(group, set.controlNumber(), set.type(), "TEST_OK", order.poNumber(), null, List.of());
        }
        try {
            var source = new OrderSource(null, profile.partnerId(), profile.id(), interchangeId,
                    interchange.controlNumber(), group, set.controlNumber(),
                    set.version() == null || set.version().isBlank() ? gs.version() : set.version(), gs.receiver(),
                    gs.sender(), order.orderDate(), sourceLines, clock.instant());
            var placed = booking.book(request, source);
            return new SetResult(group, set.controlNumber(), set.type(), placed.replayed() ? "REPLAYED" : "BOOKED",
                    order.poNumber(), placed.order().id(), List.of());
        } catch (DomainException refused) {
            var reasons = refused instanceof FieldErrors many && !many.fieldErrors().isEmpty()
                    ? many.fieldErrors().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()
                    : List.of(refused.getMessage());
            return new SetResult(group, set.controlNumber(), set.type(), "REFUSED", order.poNumber(), null, reasons);
        } catch (RuntimeException e) {
            if (!org.channelport.platform.persistence.Conflicts.isConflict(e)) {
                throw e;
            }
            // the same order booked at this moment by another request (a client's retry): it is booked once
            return new SetResult(group, set.controlNumber(), set.type(), "REFUSED", order.poNumber(), null,
                    List.of("booked at the same moment by another request; send it again to see its order"));
        }
    }

    private InterchangeResult refuse(TradingProfile profile, EdiInterchange interchange, byte[] raw, String transport,
                                     Status status, String note, String why) {
        var now = clock.instant();
        var numbers = archive.controlNumbers(profile == null ? UNKNOWN_SENDERS : profile.id());
        String ta1;
        var edifact = "EDIFACT".equals(interchange.standard());
        try {
            ta1 = edifact ? EdifactWriter.syntaxReport(interchange, EdifactWriter.refusalCode(note),
                    numbers[0], LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    : X12Writer.interchangeAcknowledgment(interchange, "R", note, numbers[0],
                    LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        } catch (X12Writer.Unwritable e) {
            ta1 = null;   // an envelope so broken that even a TA1 cannot name it: the answer says why
        }
        var partner = profile == null ? null : profile.partnerId();
        var in = new ArchivedInterchange(partner, profile == null ? null : profile.id(), Direction.IN,
                envelope(interchange, true), envelope(interchange, false), interchange.controlNumber(),
                interchange.test(), status, "TA1 " + note + ": " + why, transport, raw, null, 0, audit.currentActor(),
                now).in(interchange.standard());
        var kept = new ArrayList<ArchivedInterchange>(List.of(in));
        if (ta1 != null) {
            kept.add(answer(new ArchivedInterchange(partner, profile == null ? null : profile.id(), Direction.OUT,
                    envelope(interchange, false), envelope(interchange, true), Long.toString(numbers[0]),
                    interchange.test(), Status.SENT, (edifact ? "CONTRL " + EdifactWriter.refusalCode(note)
                    : "TA1 " + note) + " of " + interchange.controlNumber(), transport,
                    ta1.getBytes(StandardCharsets.UTF_8), in.id(), 0, "channelport", now)
                    .in(interchange.standard()).about(edifact ? "CONTRL" : "TA1", null, null), transport, now));
        }
        archive.keep(kept);
        return new InterchangeResult(in.id(), interchange.controlNumber(), status, interchange.test(), 0, ta1,
                List.of(new SetResult(null, null, null, "REFUSED", null, null, List.of("TA1 " + note + ": " + why))));
    }

    /** Where a line's product is named: PO1 (X12), LIN (EDIFACT). */
    private static String where(EdiTransaction set) {
        return "850".equals(set.type()) ? "PO1" : "LIN";
    }

    private static String envelope(EdiInterchange interchange, boolean sender) {
        return sender ? interchange.senderQualifier() + "/" + interchange.senderId()
                : interchange.receiverQualifier() + "/" + interchange.receiverId();
    }

    private static String summary(List<SetResult> sets) {
        var summary = new StringBuilder();
        for (var set : sets) {
            summary.append(set.type()).append(' ').append(set.controlNumber()).append(": ").append(set.status());
            if (set.poNumber() != null) summary.append(" PO ").append(set.poNumber());
            summary.append("; ");
        }
        return summary.toString();
    }
}
