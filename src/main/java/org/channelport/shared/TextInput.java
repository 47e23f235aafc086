package org.channelport.shared;

import java.util.regex.Pattern;

/**
 * The text checks every context's input rules share (leads L1, deals D1): trimming what copy and paste brings, e-mail
 * and phone shapes, control characters; and how much of a caller's input any answer may repeat ({@link #excerpt}).
 */
public final class TextInput {
    // Pragmatic, not RFC 5322: it catches typos and pasted lists, and accepts every address a mail server would
    // (the domain part is not checked further, so internationalized domains pass).
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s\\p{Z}\\p{Cc}]+@[^@.\\s\\p{Z}\\p{Cc}]+(\\.[^@.\\s\\p{Z}\\p{Cc}]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +\\-()/.]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    /** The most characters of a caller's input that an error message repeats. */
    public static final int EXCERPT_LENGTH = 40;

    private TextInput() {}

    /**
     * Input as an error message may quote it, on every channel: at most {@value #EXCERPT_LENGTH} characters (then
     * "…"), control characters other than tab shown as "?". A message must stay short whatever was sent (a 10 MB id
     * must not come back in a 10 MB fault), and must not carry line breaks or escapes into pages and logs (a tab stays:
     * it tells someone that their file uses another delimiter).
     */
    public static String excerpt(Object input) {
        var text = String.valueOf(input);
        var cut = text.codePointCount(0, text.length()) > EXCERPT_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…" : text;
        var shown = new StringBuilder(cut.length());
        cut.codePoints().forEach(ch -> shown.appendCodePoint(Character.isISOControl(ch) && ch != '\t' ? '?' : ch));
        return shown.toString();
    }

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
