package org.channelport.deals.application;

import org.channelport.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelport.deals.domain.CustomerKeys;
import org.channelport.deals.domain.DealDetails;
import org.channelport.deals.domain.DealLine;
import org.channelport.deals.domain.DealStage;
import org.channelport.shared.Countries;
import org.channelport.shared.ProductLine;
import org.channelport.shared.TextInput;

/**
 * Rule D1, the one check of a registration that every channel (portal, REST, SOAP) applies, drafts included:
 * <ul>
 *   <li>company: required, at most 200 characters; web domain: optional, a host name such as example.com (a pasted
 *       address is reduced to its host); tax id: optional, at most 50 characters with at least one letter or digit;</li>
 *   <li>country: required, ISO 3166-1 alpha-2; region: at most 100 characters;</li>
 *   <li>contact: name at most 200, e-mail and phone well-formed when given;</li>
 *   <li>lines: 1 to 10, each with a known product line (each at most once), products at most 500 characters and an
 *       amount above 0 with at most two decimals; the total below 10<sup>13</sup>;</li>
 *   <li>currency: required, one of the currencies deal registrations accept ({@code app.deals.currencies});</li>
 *   <li>expected close date: required, not before today; stage: required, a known stage;</li>
 *   <li>competitor at most 200, notes at most 4,000 characters; no control characters (notes may have line breaks).</li>
 * </ul>
 */
public final class DealInput {

    /** One broken rule: the field (e.g. {@code lines[1].amount}), a bundle key, an English message. */

    public static final int MAX_LINES = 10;
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);

    private DealInput() {}

    /** Trims every text, upper-cases country and currency, lower-cases the e-mail; blank text becomes null. */
    public static DealCommand normalize(DealCommand c) {
        return new DealCommand(tidy(c.company()), tidy(c.webDomain()), upper(tidy(c.country())), tidy(c.region()),
                tidy(c.taxId()), tidy(c.contactName()), lower(tidy(c.contactEmail())), tidy(c.contactPhone()),
                c.lines().stream().map(l -> new DealCommand.Line(upper(tidy(l.productLine())), tidy(l.products()),
                        l.amount())).toList(),
                upper(tidy(c.currency())), c.expectedCloseDate(), upper(tidy(c.stage())), tidy(c.competitor()),
                tidy(c.notes()));
    }

    /** Every problem of rule D1, in field order; empty when the (normalized) command is fine. */
    public static List<FieldProblem> check(DealCommand c, LocalDate today, Set<String> currencies) {
        var p = new ArrayList<FieldProblem>();
        required(p, "company", c.company(), "company");
        max(p, "company", c.company(), 200);
        if (c.webDomain() != null && CustomerKeys.domain(c.webDomain()) == null) {
            p.add(new FieldProblem("webDomain", "deal.domain.invalid",
                    "web domain must be a host name such as example.com"));
        }
        if (required(p, "country", c.country(), "country") && !Countries.isKnown(c.country())) {
            p.add(new FieldProblem("country", "deal.country.unknown",
                    "country must be an ISO 3166 code such as DE, US or TW"));
        }
        max(p, "region", c.region(), 100);
        if (max(p, "taxId", c.taxId(), 50) && CustomerKeys.taxId(c.taxId()) == null) {
            p.add(new FieldProblem("taxId", "deal.taxId.invalid", "tax id must contain letters or digits"));
        }
        max(p, "contactName", c.contactName(), 200);
        if (max(p, "contactEmail", c.contactEmail(), 254) && !TextInput.isEmail(c.contactEmail())) {
            p.add(new FieldProblem("contactEmail", "deal.email.invalid", "contact e-mail is not valid"));
        }
        if (max(p, "contactPhone", c.contactPhone(), 40) && !TextInput.isPhone(c.contactPhone())) {
            p.add(new FieldProblem("contactPhone", "deal.phone.invalid",
                    "contact phone may contain only digits, spaces and + - ( ) / ."));
        }
        lines(p, c.lines());
        if (required(p, "currency", c.currency(), "currency") && !currencies.contains(c.currency())) {
            p.add(new FieldProblem("currency", "deal.currency.unsupported",
                    "currency must be one of " + String.join(", ", new java.util.TreeSet<>(currencies))));
        }
        if (c.expectedCloseDate() == null) {
            p.add(new FieldProblem("expectedCloseDate", "deal.closeDate.required", "expected close date is missing"));
        } else if (c.expectedCloseDate().isBefore(today)) {
            p.add(new FieldProblem("expectedCloseDate", "deal.closeDate.past",
                    "expected close date must not be in the past"));
        }
        if (required(p, "stage", c.stage(), "stage") && stage(c.stage()) == null) {
            p.add(new FieldProblem("stage", "deal.stage.unknown",
                    "stage must be one of " + java.util.Arrays.toString(DealStage.values())));
        }
        max(p, "competitor", c.competitor(), 200);
        max(p, "notes", c.notes(), 4000);
        String[][] texts = {{"company", c.company()}, {"webDomain", c.webDomain()}, {"region", c.region()},
                {"taxId", c.taxId()}, {"contactName", c.contactName()}, {"contactEmail", c.contactEmail()},
                {"contactPhone", c.contactPhone()}, {"competitor", c.competitor()}, {"notes", c.notes()}};
        for (var t : texts) {
            if (TextInput.hasControlCharacters(t[1], "notes".equals(t[0]))) {
                p.add(new FieldProblem(t[0], "deal.controlCharacters", t[0] + " contains control characters"));
            }
        }
        for (int i = 0; i < c.lines().size(); i++) {
            if (TextInput.hasControlCharacters(c.lines().get(i).products(), false)) {
                p.add(new FieldProblem("lines[" + i + "].products", "deal.controlCharacters",
                        "products contain control characters"));
            }
        }
        return List.copyOf(p);
    }

    private static void lines(List<FieldProblem> p, List<DealCommand.Line> lines) {
        if (lines.isEmpty()) {
            p.add(new FieldProblem("lines", "deal.lines.required", "name at least one product line with its amount"));
            return;
        }
        if (lines.size() > MAX_LINES) {
            p.add(new FieldProblem("lines", "deal.lines.tooMany", "at most 10 product lines"));
            return;
        }
        var seen = EnumSet.noneOf(ProductLine.class);
        var total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var at = "lines[" + i + "].";
            if (line.productLine() == null) {
                p.add(new FieldProblem(at + "productLine", "deal.productLine.required", "product line is missing"));
            } else {
                var known = productLine(line.productLine());
                if (known == null) {
                    p.add(new FieldProblem(at + "productLine", "deal.productLine.unknown",
                            "product line must be one of " + java.util.Arrays.toString(ProductLine.values())));
                } else if (!seen.add(known)) {
                    p.add(new FieldProblem(at + "productLine", "deal.productLine.repeated",
                            "each product line may appear once"));
                }
            }
            max(p, at + "products", line.products(), 500);
            var amount = line.amount();
            if (amount == null) {
                p.add(new FieldProblem(at + "amount", "deal.amount.required", "amount is missing"));
            } else if (amount.signum() <= 0) {
                p.add(new FieldProblem(at + "amount", "deal.amount.notPositive", "amount must be more than 0"));
            } else if (amount.compareTo(LIMIT) >= 0) {
                // Compared before any arithmetic: adding 1e999999999 to the total would need a number of a billion
                // digits (an ArithmeticException, a 500). compareTo looks at the exponents first and is cheap.
                p.add(new FieldProblem(at + "amount", "deal.amount.tooLarge",
                        "the estimated value must be below 10,000,000,000,000"));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                p.add(new FieldProblem(at + "amount", "deal.amount.decimals", "amount may have at most 2 decimals"));
            } else {
                total = total.add(amount);
            }
        }
        if (total.compareTo(LIMIT) >= 0) {
            p.add(new FieldProblem("lines", "deal.amount.tooLarge",
                    "the estimated value must be below 10,000,000,000,000"));
        }
    }

    /**
     * Problems a channel found while reading its input (a wrong type, an unreadable date) with those of {@link #check},
     * which are left out for fields already reported: a client learns everything it must fix in one answer.
     */
    public static List<FieldProblem> merge(List<FieldProblem> readProblems, List<FieldProblem> checked) {
        var problems = new ArrayList<>(readProblems);
        var fields = readProblems.stream().map(FieldProblem::field).toList();
        checked.stream().filter(p -> fields.stream().noneMatch(f -> p.field().equals(f) || p.field().startsWith(f + ".")))
                .forEach(problems::add);
        return List.copyOf(problems);
    }

    /** The checked command as domain details (call only when {@link #check} found nothing). */
    public static DealDetails details(DealCommand c) {
        return new DealDetails(c.company(), CustomerKeys.domain(c.webDomain()), c.country(), c.region(), c.taxId(),
                c.contactName(), c.contactEmail(), c.contactPhone(),
                c.lines().stream().map(l -> new DealLine(productLine(l.productLine()), l.products(),
                        l.amount().setScale(2, java.math.RoundingMode.UNNECESSARY))).toList(),
                c.currency(), c.expectedCloseDate(), stage(c.stage()), c.competitor(), c.notes());
    }

    static ProductLine productLine(String text) {
        try {
            return ProductLine.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    static DealStage stage(String text) {
        try {
            return DealStage.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    private static boolean required(List<FieldProblem> p, String field, String value, String label) {
        if (value != null) return true;
        p.add(new FieldProblem(field, "deal." + field + ".required", label + " is missing"));
        return false;
    }

    private static boolean max(List<FieldProblem> p, String field, String value, int max) {
        if (value == null) return false;
        if (value.length() <= max) return true;
        p.add(new FieldProblem(field, "deal.tooLong", field + " is longer than " + max + " characters"));
        return false;
    }

    private static String tidy(String text) { return TextInput.tidy(text); }

    private static String upper(String text) { return text == null ? null : text.toUpperCase(Locale.ROOT); }

    private static String lower(String text) { return text == null ? null : text.toLowerCase(Locale.ROOT); }
}
