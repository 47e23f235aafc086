package org.channelport.it;

/** Where the servers started by config/bin/it-env.sh listen (system properties set by the failsafe plugin). */
public final class TestEnvironment {
    public static final String BASE_URL = System.getProperty("it.base-url", "http://localhost:18080");
    public static final String KEYCLOAK_URL = System.getProperty("it.keycloak-url", "http://127.0.0.1:18180");
    public static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 13025);
    public static final String DB_URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/channelport_it");
    public static final String REALM_URL = KEYCLOAK_URL + "/realms/channelport";
    public static final String TOKEN_URL = REALM_URL + "/protocol/openid-connect/token";

    private TestEnvironment() {}

    /** A name no other test run or test uses, so that tests never depend on each other's data. */
    public static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1000), 36);
    }
}
