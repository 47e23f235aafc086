package org.channelport.shared;

import java.util.regex.Pattern;

/**
 * The text checks every context's input rules share (leads L1, deals D1): trimming what copy and paste brings, e-mail
 * and phone shapes, control characters.
 */
public final class TextInput {
    // Pragmatic, not RFC 5322: it catches typos and pasted lists, and accepts every address a mail server would
    // (the domain part is not checked further, so internationalized domains pass).
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s\\p{Z}\\p{Cc}]+@[^@.\\s\\p{Z}\\p{Cc}]+(\\.[^@.\\s\\p{Z}\\p{Cc}]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +\\-()/.]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private TextInput() {}

    /** The text without surrounding white space of any kind (also no-break and zero-width), or null when nothing is left. */
    public static String tidy(String text) {
        if (text == null) return null;
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        return start == end ? null : text.substring(start, end);
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF';
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** Digits, spaces and + - ( ) / . with at least one digit. */
    public static boolean isPhone(String text) {
        return PHONE.matcher(text).matches() && DIGIT.matcher(text).find();
    }

    /** NUL, escape and the like (PostgreSQL refuses NUL outright); line breaks and tabs only where allowed. */
    public static boolean hasControlCharacters(String text, boolean multiLine) {
        return text != null && text.chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
                && !(multiLine && (ch == '\n' || ch == '\r' || ch == '\t')));
    }
}
