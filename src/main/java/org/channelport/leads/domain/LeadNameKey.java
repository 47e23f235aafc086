package org.channelport.leads.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One name block of a lead, for deal registration's conflict search (rule D3). An entity of its own rather than an
 * element collection of {@link Lead}: EclipseLink writes entities class by class, so an import's blocks go to the
 * database in JDBC batches (written with each lead, they broke the batches: a 100,000-row import took 136 s instead
 * of 81 s). It carries the lead's match name, so that the conflict search compares names from the blocks alone and reads
 * only the similar leads.
 */
@Entity
@Table(name = "lead_name_key")
@IdClass(LeadNameKey.Key.class)
public class LeadNameKey {
    @Id
    @Column(name = "lead_id")
    private UUID leadId;
    @Id
    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "match_name")
    private String matchName;

    protected LeadNameKey() {}

    public LeadNameKey(UUID leadId, String nameKey, String matchName) {
        this.leadId = leadId;
        this.nameKey = nameKey;
        this.matchName = matchName;
    }

    /** The composite id. */
    public static class Key implements Serializable {
        private UUID leadId;
        private String nameKey;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(leadId, k.leadId) && Objects.equals(nameKey, k.nameKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(leadId, nameKey);
        }
    }
}
