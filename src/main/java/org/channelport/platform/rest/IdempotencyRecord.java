package org.channelport.platform.rest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The stored answer to a request sent with an Idempotency-Key, replayed when the client retries it. */
@Entity
@Table(name = "api_idempotency")
public class IdempotencyRecord {
    @EmbeddedId
    private Key key;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(nullable = false)
    private int status;
    private String location;
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    IdempotencyRecord(String client, String idempotencyKey, String requestHash, int status, String location,
                      String body, Instant now) {
        this.key = new Key(client, idempotencyKey);
        this.requestHash = requestHash;
        this.status = status;
        this.location = location;
        this.body = body;
        this.createdAt = now;
    }

    String requestHash() { return requestHash; }
    int status() { return status; }
    String location() { return location; }
    String body() { return body; }

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        private String client;
        @Column(name = "idempotency_key", nullable = false)
        private String idempotencyKey;

        protected Key() {}

        Key(String client, String idempotencyKey) {
            this.client = client;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && client.equals(k.client) && idempotencyKey.equals(k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return client.hashCode() * 31 + idempotencyKey.hashCode();
        }
    }
}
