package org.channelport.partners.application;

import java.util.UUID;

/** A partner was suspended; after commit its members' Keycloak sessions are ended. */
public record PartnerSuspended(UUID partnerId, String keycloakGroupId) {}
