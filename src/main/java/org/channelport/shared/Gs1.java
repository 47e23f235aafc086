package org.channelport.shared;

/**
 * GS1's mod-10 check digit, shared by the numbers GS1 issues: GTINs (trade items, orders' catalog) and GLNs (Global
 * Location Numbers: a partner's ship-to and bill-to addresses, and the parties of EDI documents).
 */
public final class Gs1 {
    private Gs1() {}

    /** From the right, digits are weighted 3, 1, 3, ...; the check digit brings the sum up to a multiple of 10. */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether these are digits only, of one of the lengths, the last the check digit of the others. */
    public static boolean valid(String digits, int... lengths) {
        if (digits == null || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        boolean length = false;
        for (int l : lengths) {
            length |= digits.length() == l;
        }
        return length && checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }
}
