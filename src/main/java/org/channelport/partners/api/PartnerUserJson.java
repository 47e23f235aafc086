package org.channelport.partners.api;

import java.time.Instant;
import java.util.UUID;
import org.channelport.partners.application.PartnerUserSummary;

public record PartnerUserJson(UUID id, String username, String email, String firstName, String lastName, String role,
                              String status, Instant createdAt) {
    static PartnerUserJson of(PartnerUserSummary u) {
        return new PartnerUserJson(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName(),
                u.getRole().name(), u.getStatus().name(), u.getCreatedAt());
    }
}
