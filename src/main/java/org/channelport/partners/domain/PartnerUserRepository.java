package org.channelport.partners.domain;

import java.util.Optional;
import java.util.UUID;

public interface PartnerUserRepository {
    Optional<PartnerUser> find(UUID id);
    Optional<PartnerUser> findByUsername(String username);
    boolean existsWithEmail(String email);
    void add(PartnerUser user);
}
