package org.channelport.deals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * One competing registration or lead found when a registration was submitted (rule D3), kept for the channel managers'
 * side-by-side review. Never shown to partners (D4).
 */
@Entity
@Table(name = "deal_conflict")
public class ConflictFinding {
    public enum OtherType { DEAL, LEAD }

    @Id
    private UUID id;
    @Column(name = "deal_id", nullable = false)
    private UUID dealId;
    @Enumerated(EnumType.STRING)
    @Column(name = "other_type", nullable = false)
    private OtherType otherType;
    @Column(name = "other_id", nullable = false)
    private UUID otherId;
    @Column(name = "other_partner")
    private UUID otherPartner;
    @Enumerated(EnumType.STRING)
    @Column(name = "match_kind", nullable = false)
    private MatchKind match;
    private BigDecimal similarity;
    @Column(name = "exact_on_protected", nullable = false)
    private boolean exactOnProtected;
    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected ConflictFinding() {}

    public ConflictFinding(UUID dealId, ConflictCandidate c, Instant now) {
        this.id = UUID.randomUUID();
        this.dealId = dealId;
        this.otherType = c.type();
        this.otherId = c.id();
        this.otherPartner = c.partnerId();
        this.match = c.match();
        this.similarity = BigDecimal.valueOf(c.similarity()).setScale(3, RoundingMode.HALF_UP);
        this.exactOnProtected = c.match().isExact() && c.isProtected();
        this.foundAt = now;
    }

    public UUID dealId() { return dealId; }
    public OtherType otherType() { return otherType; }
    public UUID otherId() { return otherId; }
    public UUID otherPartner() { return otherPartner; }
    public MatchKind match() { return match; }
    public BigDecimal similarity() { return similarity; }
    public boolean exactOnProtected() { return exactOnProtected; }
    public Instant foundAt() { return foundAt; }
}
