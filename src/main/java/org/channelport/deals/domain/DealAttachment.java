package org.channelport.deals.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file a partner attached to its registration (rule D10: a PDF or image whose content matches its name). */
@Entity
@Table(name = "deal_attachment")
public class DealAttachment {
    @Id
    private UUID id;
    @Column(name = "deal_id", nullable = false)
    private UUID dealId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private int size;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DealAttachment() {}

    public DealAttachment(UUID dealId, UUID partnerId, String fileName, String contentType, byte[] content,
                          String actor, Instant now) {
        this.id = UUID.randomUUID();
        this.dealId = dealId;
        this.partnerId = partnerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    public UUID id() { return id; }
    public UUID dealId() { return dealId; }
    public UUID partnerId() { return partnerId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int size() { return size; }
    public byte[] content() { return content; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
