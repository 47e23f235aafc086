package org.channelport.edi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * An interchange as it came in or went out (rule E9), compressed, with what it was found to be: its envelope (sender,
 * receiver, control number, test), its status, a summary for people, the orders it booked, and for an acknowledgment
 * the interchange it answers; for a business document out, its type and order. Never changed once written, but for
 * the moment it was delivered (rule E11: the outbound queue).
 */
@Entity
@Table(name = "edi_interchange")
public class ArchivedInterchange {
    public enum Direction { IN, OUT }

    /** What became of it. */
    public enum Status { ACCEPTED, ACCEPTED_WITH_ERRORS, REJECTED, DUPLICATE, NOT_RECOGNIZED, SENT }

    @Id
    private UUID id;
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "profile_id")
    private UUID profileId;
    @Column(nullable = false)
    private String direction;
    @Column(nullable = false)
    private String standard;
    @Column(nullable = false)
    private String sender;
    @Column(nullable = false)
    private String receiver;
    @Column(name = "control_number", nullable = false)
    private String controlNumber;
    @Column(name = "test_indicator", nullable = false)
    private boolean test;
    @Column(nullable = false)
    private String status;
    private String summary;
    @Column(nullable = false)
    private String transport;
    @Column(name = "content_gzip", nullable = false)
    private byte[] content;
    @Column(name = "size_bytes", nullable = false)
    private int size;
    @Column(name = "answer_to")
    private UUID answerTo;
    @Column(name = "orders_booked", nullable = false)
    private int ordersBooked;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    /** An outbound business document's type (855...), null for acknowledgments and what came in. */
    @Column(name = "document_type")
    private String documentType;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "po_number")
    private String poNumber;
    /** When the partner's system confirmed it read it, or the answer to its call carried it (rule E11). */
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected ArchivedInterchange() {}

    public ArchivedInterchange(UUID partnerId, UUID profileId, Direction direction, String sender, String receiver,
                               String controlNumber, boolean test, Status status, String summary, String transport,
                               byte[] raw, UUID answerTo, int ordersBooked, String actor, Instant now) {
        this(UUID.randomUUID(), partnerId, profileId, direction, sender, receiver, controlNumber, test, status, summary,
                transport, raw, answerTo, ordersBooked, actor, now);
    }

    /** {@link ArchivedInterchange} under an id chosen before (what it booked names it). */
    public ArchivedInterchange(UUID id, UUID partnerId, UUID profileId, Direction direction, String sender,
                               String receiver, String controlNumber, boolean test, Status status, String summary,
                               String transport, byte[] raw, UUID answerTo, int ordersBooked, String actor,
                               Instant now) {
        this.id = id;
        this.partnerId = partnerId;
        this.profileId = profileId;
        this.direction = direction.name();
        this.standard = "X12";
        this.sender = cut(sender, 40);
        this.receiver = cut(receiver, 40);
        this.controlNumber = cut(controlNumber == null ? "" : controlNumber, 14);
        this.test = test;
        this.status = status.name();
        this.summary = summary == null ? null : cut(summary, 2000);
        this.transport = transport;
        this.content = gzip(raw);
        this.size = raw.length;
        this.answerTo = answerTo;
        this.ordersBooked = ordersBooked;
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.createdBy = actor;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static byte[] gzip(byte[] raw) {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The standard it is written in (X12 unless said: EDIFACT). */
    public ArchivedInterchange in(String standard) {
        this.standard = standard == null || standard.isBlank() ? "X12" : standard;
        return this;
    }

    /** An outbound document's type (855, 997, TA1, CONTRL) and, for a business document, its order. */
    public ArchivedInterchange about(String type, UUID order, String po) {
        this.documentType = type;
        this.orderId = order;
        this.poNumber = po == null ? null : cut(po, 35);
        return this;
    }

    /** Read by the partner's system (or carried by the answer to its call): it leaves the outbound queue. */
    public void delivered(Instant now) {
        // as the database keeps it (microseconds): the moment read back later is the one answered now
        if (deliveredAt == null) deliveredAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The interchange as it was written or received. */
    public byte[] content() {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UUID id() { return id; }
    public Direction direction() { return Direction.valueOf(direction); }
    public String controlNumber() { return controlNumber; }
    public boolean test() { return test; }
    public Instant createdAt() { return createdAt; }
    public java.util.Optional<String> documentType() { return java.util.Optional.ofNullable(documentType); }
    public java.util.Optional<UUID> orderId() { return java.util.Optional.ofNullable(orderId); }
    public java.util.Optional<String> poNumber() { return java.util.Optional.ofNullable(poNumber); }
    public java.util.Optional<Instant> deliveredAt() { return java.util.Optional.ofNullable(deliveredAt); }
    public UUID answerTo() { return answerTo; }
    public UUID partnerId() { return partnerId; }
    public Status status() { return Status.valueOf(status); }
    public String summary() { return summary; }
    public int ordersBooked() { return ordersBooked; }
}
