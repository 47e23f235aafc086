package org.channelport.leads.application;

import org.channelport.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.channelport.shared.Countries;
import org.channelport.shared.TextInput;

/**
 * Rule L1, the one check of a new lead that every channel (page, REST, SOAP, file import) applies, so that a lead
 * accepted by one channel is accepted by all. Call {@link #normalize} first, then {@link #check}:
 * <ul>
 *   <li>company: required, at most 200 characters;</li>
 *   <li>contact name: at most 200 characters;</li>
 *   <li>contact e-mail: optional; when given at most 254 characters, exactly one {@code @}, a dot inside the
 *       domain, no spaces or control characters;</li>
 *   <li>contact phone: optional; at most 40 characters of digits, spaces and {@code + - ( ) / .}, with at least one
 *       digit;</li>
 *   <li>contact title, region, source: at most 100 characters each; postal code at most 20;</li>
 *   <li>country: required, an ISO 3166-1 alpha-2 code the JDK knows, upper case;</li>
 *   <li>product line: required;</li>
 *   <li>estimated value: optional; when given at least 0, at most 2 decimals and below 10<sup>13</sup>;</li>
 *   <li>currency: required when an estimated value is given; when given three upper-case letters naming an ISO 4217
 *       currency money can be stated in (not XXX, XAU, XDR and the like);</li>
 *   <li>notes: at most 4,000 characters.</li>
 * </ul>
 * Problems carry the record component's name as field, a message key for the resource bundles and a lower-case
 * English message that reads well joined with "; " (file imports report several at once).
 */
public final class LeadInput {

    /** One broken rule of L1: the {@link NewLeadCommand} component it concerns, a bundle key, an English message. */

    public static final int COMPANY_MAX = 200;
    public static final int CONTACT_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int TITLE_MAX = 100;
    public static final int REGION_MAX = 100;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int SOURCE_MAX = 100;
    public static final int NOTES_MAX = 4000;
    public static final int VALUE_MAX_DECIMALS = 2;
    /** Exclusive: what a NUMERIC(15,2) column holds. */
    public static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(13);

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private LeadInput() {}

    /** Every problem of rule L1 in the (normalized) command, in the order of its components; empty when it is fine. */
    public static List<FieldProblem> check(NewLeadCommand c) {
        var problems = new ArrayList<FieldProblem>();
        if (c.company() == null) {
            problems.add(new FieldProblem("company", "lead.company.required", "company is missing"));
        }
        maxLength(problems, "company", "company", c.company(), COMPANY_MAX);
        maxLength(problems, "contactName", "contact name", c.contactName(), CONTACT_NAME_MAX);
        if (maxLength(problems, "contactEmail", "contact e-mail", c.contactEmail(), EMAIL_MAX)
                && !TextInput.isEmail(c.contactEmail())) {
            problems.add(new FieldProblem("contactEmail", "lead.email.invalid",
                    "contact e-mail " + quote(c.contactEmail()) + " is not valid"));
        }
        if (maxLength(problems, "contactPhone", "contact phone", c.contactPhone(), PHONE_MAX)
                && !TextInput.isPhone(c.contactPhone())) {
            problems.add(new FieldProblem("contactPhone", "lead.phone.invalid", "contact phone "
                    + quote(c.contactPhone()) + " may contain only digits, spaces and + - ( ) / ."));
        }
        maxLength(problems, "contactTitle", "contact title", c.contactTitle(), TITLE_MAX);
        if (c.country() == null) {
            problems.add(new FieldProblem("country", "lead.country.required", "country is missing"));
        } else if (!Countries.isKnown(c.country())) {
            problems.add(new FieldProblem("country", "lead.country.unknown",
                    "country " + quote(c.country()) + " is not an ISO 3166 country code such as DE, US or TW"));
        }
        maxLength(problems, "region", "region", c.region(), REGION_MAX);
        maxLength(problems, "postalCode", "postal code", c.postalCode(), POSTAL_CODE_MAX);
        if (c.productLine() == null) {
            problems.add(new FieldProblem("productLine", "lead.productLine.required", "product line is missing"));
        }
        checkValue(problems, c.estimatedValue());
        checkCurrency(problems, c.currency(), c.estimatedValue() != null);
        maxLength(problems, "source", "source", c.source(), SOURCE_MAX);
        maxLength(problems, "notes", "notes", c.notes(), NOTES_MAX);
        controlCharacters(problems, c);
        return List.copyOf(problems);
    }

    /**
     * Control characters (NUL, escape...) have no place in a lead; PostgreSQL refuses NUL outright. Line breaks and tabs
     * are fine in the notes only.
     */
    private static void controlCharacters(List<FieldProblem> problems, NewLeadCommand c) {
        String[][] fields = {{"company", c.company()}, {"contactName", c.contactName()},
                {"contactEmail", c.contactEmail()}, {"contactPhone", c.contactPhone()},
                {"contactTitle", c.contactTitle()}, {"country", c.country()}, {"region", c.region()},
                {"postalCode", c.postalCode()}, {"currency", c.currency()}, {"source", c.source()},
                {"notes", c.notes()}};
        for (var field : fields) {
            if (TextInput.hasControlCharacters(field[1], "notes".equals(field[0]))) {
                problems.add(new FieldProblem(field[0], "lead.controlCharacters",
                        field[0] + " contains control characters"));
            }
        }
    }

    /**
     * The command as it should be checked and stored: every text trimmed (also of no-break and zero-width spaces that
     * come with copy and paste), blank text as null, country and currency in upper case, the e-mail in lower case.
     */
    public static NewLeadCommand normalize(NewLeadCommand c) {
        return new NewLeadCommand(tidy(c.company()), tidy(c.contactName()), lower(tidy(c.contactEmail())),
                tidy(c.contactPhone()), tidy(c.contactTitle()), upper(tidy(c.country())), tidy(c.region()),
                tidy(c.postalCode()), c.productLine(), c.estimatedValue(), upper(tidy(c.currency())),
                tidy(c.source()), tidy(c.notes()));
    }

    /** The text without surrounding white space of any kind, or null when nothing is left. */
    public static String tidy(String text) {
        return TextInput.tidy(text);
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** Adds a problem when the text is too long; true when there is text within the limit (worth checking further). */
    private static boolean maxLength(List<FieldProblem> problems, String field, String label, String text, int max) {
        if (text == null) return false;
        if (text.length() <= max) return true;
        problems.add(new FieldProblem(field, "lead.tooLong",
                label + " is longer than " + String.format(Locale.ROOT, "%,d", max) + " characters"));
        return false;
    }

    private static void checkValue(List<FieldProblem> problems, BigDecimal value) {
        if (value == null) return;
        if (value.signum() < 0) {
            problems.add(new FieldProblem("estimatedValue", "lead.value.negative",
                    "estimated value must not be negative"));
        } else if (value.compareTo(VALUE_LIMIT) >= 0) {
            problems.add(new FieldProblem("estimatedValue", "lead.value.tooLarge",
                    "estimated value must be below 10,000,000,000,000"));
        }
        if (value.stripTrailingZeros().scale() > VALUE_MAX_DECIMALS) {
            problems.add(new FieldProblem("estimatedValue", "lead.value.decimals",
                    "estimated value may have at most 2 decimals"));
        }
    }

    private static void checkCurrency(List<FieldProblem> problems, String currency, boolean valueGiven) {
        if (currency == null) {
            if (valueGiven) {
                problems.add(new FieldProblem("currency", "lead.currency.required",
                        "currency is missing (it is required with an estimated value)"));
            }
        } else if (!isCurrency(currency)) {
            problems.add(new FieldProblem("currency", "lead.currency.invalid",
                    "currency " + quote(currency) + " is not an ISO 4217 currency code such as EUR or USD"));
        }
    }

    private static boolean isCurrency(String code) {
        if (!CURRENCY.matcher(code).matches()) return false;
        try {
            // Gold, test and "no currency" codes have no minor unit: no partner prices a deal in them.
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Rule P2: at most an excerpt of the input, without control characters. */
    private static String quote(String value) {
        return "'" + TextInput.excerpt(value) + "'";
    }
}
