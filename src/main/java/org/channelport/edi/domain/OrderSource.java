package org.channelport.edi.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rule E10: an order booked from an 850, as its answers must name it: the interchange, group and set it came in (its
 * envelope's version and application codes, echoed by the 855), the PO's date, and per order line (1, 2... as the
 * order numbers them, in the 850's order) the buyer's line number PO101 and part number. Written in the booking's
 * transaction; never changed.
 */
@Entity
@Table(name = "edi_order_source")
public class OrderSource {
    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(name = "profile_id", nullable = false)
    private UUID profileId;
    @Column(name = "interchange_id", nullable = false)
    private UUID interchangeId;
    @Column(name = "interchange_control", nullable = false)
    private String interchangeControl;
    @Column(name = "group_control", nullable = false)
    private String groupControl;
    @Column(name = "set_control", nullable = false)
    private String setControl;
    @Column(nullable = false)
    private String version;
    @Column(name = "group_sender")
    private String groupSender;
    @Column(name = "group_receiver")
    private String groupReceiver;
    @Column(name = "po_date")
    private LocalDate poDate;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "edi_order_source_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("lineNo")
    private List<Line> lines = new ArrayList<>();

    /** One order line's names in the buyer's terms. */
    @Embeddable
    public static class Line {
        @Column(name = "line_no", nullable = false)
        private int lineNo;
        @Column(name = "buyer_line", nullable = false)
        private String buyerLine;
        @Column(name = "buyer_part")
        private String buyerPart;

        protected Line() {}

        public Line(int lineNo, String buyerLine, String buyerPart) {
            this.lineNo = lineNo;
            this.buyerLine = cut(buyerLine, 20);
            this.buyerPart = buyerPart == null || buyerPart.isEmpty() ? null : cut(buyerPart, 48);
        }

        public int lineNo() { return lineNo; }
        public String buyerLine() { return buyerLine; }
        public Optional<String> buyerPart() { return Optional.ofNullable(buyerPart); }
    }

    protected OrderSource() {}

    public OrderSource(UUID orderId, UUID partnerId, UUID profileId, UUID interchangeId, String interchangeControl,
                       String groupControl, String setControl, String version, String groupSender,
                       String groupReceiver, LocalDate poDate, List<Line> lines, Instant now) {
        this.orderId = orderId;
        this.partnerId = partnerId;
        this.profileId = profileId;
        this.interchangeId = interchangeId;
        this.interchangeControl = cut(interchangeControl, 14);
        this.groupControl = cut(groupControl == null ? "" : groupControl, 14);
        this.setControl = cut(setControl == null ? "" : setControl, 14);
        this.version = cut(version == null || version.isBlank() ? "004010" : version, 12);
        this.groupSender = groupSender == null || groupSender.isBlank() ? null : cut(groupSender, 15);
        this.groupReceiver = groupReceiver == null || groupReceiver.isBlank() ? null : cut(groupReceiver, 15);
        this.poDate = poDate;
        this.lines = new ArrayList<>(lines);
        this.createdAt = now;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** This source, of the order it booked (the order's id is known once booked). */
    public OrderSource of(UUID order) {
        return new OrderSource(order, partnerId, profileId, interchangeId, interchangeControl, groupControl,
                setControl, version, groupSender, groupReceiver, poDate, lines, createdAt);
    }

    /** How people find it: "X12 interchange 000000101, set 0001" (rule O28's reference on the order). */
    public String reference() {
        if (!version.isEmpty() && !Character.isDigit(version.charAt(0))) {   // D96A: EDIFACT
            return "EDIFACT UNB " + interchangeControl + (groupControl.isEmpty() ? "" : " / UNG " + groupControl)
                    + " / UNH " + setControl;
        }
        return "X12 ISA " + interchangeControl + " / GS " + groupControl + " / ST " + setControl;
    }

    /** The buyer's names of this order line (by its number), if the 850 had it. */
    public Optional<Line> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo == lineNo).findFirst();
    }

    public UUID orderId() { return orderId; }
    public UUID partnerId() { return partnerId; }
    public UUID profileId() { return profileId; }
    public UUID interchangeId() { return interchangeId; }
    public String interchangeControl() { return interchangeControl; }
    public String groupControl() { return groupControl; }
    public String setControl() { return setControl; }
    public String version() { return version; }
    public Optional<String> groupSender() { return Optional.ofNullable(groupSender); }
    public Optional<String> groupReceiver() { return Optional.ofNullable(groupReceiver); }
    public Optional<LocalDate> poDate() { return Optional.ofNullable(poDate); }
}
