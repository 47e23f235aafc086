package org.channelport.orders.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A shipment of an order (rule O16), as the ERP notified it: the lines and quantities that left, how and when. */
@Entity
@Table(name = "shipment")
public class Shipment {
    @Id
    private UUID id;
    @Column(name = "order_id", nullable = false)
    private UUID orderId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(nullable = false)
    private String number;
    /** Who sent it (rule O22): {@code brand}, or the distributor's partner id; its numbers are its own. */
    @Column(nullable = false)
    private String issuer;
    @Column(nullable = false)
    private String carrier;
    /** One per line of text. */
    @Column(name = "tracking_numbers", nullable = false)
    private String trackingNumbers;
    @Column(name = "ship_date", nullable = false)
    private LocalDate shipDate;
    @Column(nullable = false)
    private int packages;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "position")
    private List<ShippedLine> lines = new ArrayList<>();

    /** A quantity of one order line in this shipment. */
    @Embeddable
    public static class ShippedLine {
        @Column(name = "line_no", nullable = false)
        private int line;
        @Column(nullable = false)
        private int quantity;

        protected ShippedLine() {}

        ShippedLine(int line, int quantity) {
            this.line = line;
            this.quantity = quantity;
        }

        public int line() { return line; }
        public int quantity() { return quantity; }
    }

    protected Shipment() {}

    Shipment(UUID orderId, UUID partnerId, String issuer, ShipmentRequest r, String contentHash, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.partnerId = partnerId;
        this.number = r.number().strip();
        this.issuer = issuer;
        this.carrier = r.carrier().strip();
        this.trackingNumbers = String.join("\n", r.trackingNumbers() == null ? List.of()
                : r.trackingNumbers().stream().map(String::strip).toList());
        this.shipDate = r.shipDate();
        this.packages = r.packages();
        this.contentHash = contentHash;
        this.createdAt = now;
        r.lines().forEach(l -> lines.add(new ShippedLine(l.line(), l.quantity())));
    }

    public boolean sameContent(String hash) { return contentHash.equals(hash); }
    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public UUID partnerId() { return partnerId; }
    public String number() { return number; }
    public String carrier() { return carrier; }
    public List<String> trackingNumbers() {
        return trackingNumbers.isEmpty() ? List.of() : Arrays.asList(trackingNumbers.split("\n"));
    }
    public LocalDate shipDate() { return shipDate; }
    public int packages() { return packages; }
    public Instant createdAt() { return createdAt; }
    public List<ShippedLine> lines() { return List.copyOf(lines); }
}
