package org.channelport.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's image (rule O27): the picture as drawn anew from what the ERP or a channel manager uploaded, and its
 * thumbnail. Its tag changes with every new picture, so that addresses carrying it can be cached for good; the digest
 * of the upload tells that the same file again changes nothing.
 */
@Entity
@Table(name = "product_image")
public class ProductImage {
    @Id
    @Column(name = "product_id")
    private UUID productId;
    @Column(nullable = false)
    private String tag;
    @Column(name = "source_sha256", nullable = false)
    private String sourceSha256;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private int width;
    @Column(nullable = false)
    private int height;
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "thumbnail_type", nullable = false)
    private String thumbnailType;
    @Column(nullable = false)
    private byte[] thumbnail;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProductImage() {}

    public ProductImage(UUID productId) {
        this.productId = productId;
    }

    /** Shows this picture from now on; its tag is new (the first 16 hex digits of a random UUID's). */
    public void replace(String sourceSha256, String contentType, int width, int height, byte[] content,
                        String thumbnailType, byte[] thumbnail, String actor, Instant now) {
        this.tag = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.sourceSha256 = sourceSha256;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.content = content;
        this.thumbnailType = thumbnailType;
        this.thumbnail = thumbnail;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public UUID productId() { return productId; }
    public String tag() { return tag; }
    public String sourceSha256() { return sourceSha256; }
    public String contentType() { return contentType; }
    public int width() { return width; }
    public int height() { return height; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
