package org.channelport.partners.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ApiCredentialRepository {
    Optional<ApiCredential> find(UUID id);
    Optional<ApiCredential> findByClientId(String clientId);
    List<ApiCredential> forPartner(UUID partnerId);
    void add(ApiCredential credential);
}
