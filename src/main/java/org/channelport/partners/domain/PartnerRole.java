package org.channelport.partners.domain;

import java.util.List;
import org.channelport.identity.Roles;

/** What a partner's person may do; each maps to Keycloak realm roles. */
public enum PartnerRole {
    USER(List.of(Roles.PARTNER_USER)),
    ADMIN(List.of(Roles.PARTNER_ADMIN, Roles.PARTNER_USER));

    private final List<String> realmRoles;

    PartnerRole(List<String> realmRoles) { this.realmRoles = realmRoles; }

    public List<String> realmRoles() { return realmRoles; }
}
