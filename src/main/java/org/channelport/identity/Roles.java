package org.channelport.identity;

/** Realm roles, as named in config/keycloak/channelport-realm.json. */
public final class Roles {
    public static final String PARTNER_USER = "partner-user";
    public static final String PARTNER_ADMIN = "partner-admin";
    public static final String PARTNER_API = "partner-api";
    public static final String CHANNEL_MANAGER = "channel-manager";
    public static final String ERP_INTEGRATION = "erp-integration";

    private Roles() {}
}
