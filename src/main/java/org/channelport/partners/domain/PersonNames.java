package org.channelport.partners.domain;

import java.util.regex.Pattern;

/**
 * Rule PA9: the names of people (an applicant's contact name, a colleague's first and last name) are the names Keycloak
 * will store. Keycloak 26's user profile refuses a first or last name with any of {@code < > & " $ % ! # ? § ; * ~ / \ |
 * ^ = [ ] { } ( )}, line breaks or control characters (validator {@code person-name-prohibited-characters}), and one
 * of more than 255 characters; letters of every script, digits, spaces, apostrophes (' and ’), dots, commas and
 * dashes are fine ("陳大文", "O’Brien", "Anne-Marie St. John"). Checking the same here, at the field, means approving
 * an application or inviting a colleague never fails on a name nobody can fix any more.
 */
public final class PersonNames {
    /** The longest name Keycloak's default user profile accepts (length validator of firstName and lastName). */
    public static final int MAX_LENGTH = 255;

    /**
     * Keycloak 26.7's PersonNameProhibitedCharactersValidator.PATTERN, unchanged (\v is any vertical white space,
     * \p{Cntrl} the ASCII control characters).
     */
    private static final Pattern KEYCLOAK = Pattern.compile("^[^<>&\"\\v$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]+$");
    private static final Pattern REFUSED = Pattern.compile("[<>&\"\\v$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]");

    private PersonNames() {}

    /** True when Keycloak would store this name; an empty or absent name is another rule's business (required). */
    public static boolean isAcceptable(String name) {
        return name == null || name.isEmpty() || (name.length() <= MAX_LENGTH && KEYCLOAK.matcher(name).matches());
    }

    /**
     * A name as Keycloak accepts it: the refused characters dropped, spaces collapsed, cut to the maximum length. Only
     * for names accepted before rule PA9 (applications still waiting for a decision); new input is refused instead.
     */
    public static String forSignIn(String name) {
        if (name == null) {
            return null;
        }
        var cleaned = REFUSED.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(0, MAX_LENGTH).strip();
    }
}
