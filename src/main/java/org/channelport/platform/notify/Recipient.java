package org.channelport.platform.notify;

/**
 * Whom a notification is for: the person's user name (whose list it lands in and whose settings say how it is
 * mailed) and the address its mail goes to. A recipient without a user name (an organization's contact before anyone
 * of it can sign in) gets the mail only, at once and in English.
 */
public record Recipient(String username, String email) {
    public static Recipient addressOnly(String email) {
        return new Recipient(null, email);
    }
}
