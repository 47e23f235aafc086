package org.channelport.edi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.channelport.shared.FieldProblem;

/**
 * A partner's trading profile (rule E5): the envelope pair that names it (the partner's qualifier and id as sender, ours
 * as receiver), whether the partner is still certifying (TEST: only test interchanges are accepted, nothing is booked)
 * or in PRODUCTION, the functional acknowledgment it wants (997, or NONE), the currency of an 850 that names none, and
 * the business documents it wants from us (855).
 * Checked when saved, every problem at its field.
 */
@Entity
@Table(name = "edi_trading_profile")
public class TradingProfile {
    /** ISA05/07: two characters (01 DUNS, 12 phone, 14 DUNS+4, ZZ mutually defined...). */
    private static final Pattern QUALIFIER = Pattern.compile("[0-9A-Z]{2}");
    /** ISA06/08: 1 to 15 printable characters without our delimiters. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9 ._/&-]{1,15}");
    /** UNB 0007: 1 to 4 characters (14 GS1, ZZZ mutually defined...). */
    private static final Pattern EDIFACT_QUALIFIER = Pattern.compile("[0-9A-Z]{1,4}");
    /** UNB 0004 / 0010: 1 to 35 characters without EDIFACT's delimiters. */
    private static final Pattern EDIFACT_CODE = Pattern.compile("[A-Za-z0-9 ._/&-]{1,35}");

    /** The standards a profile speaks. */
    public static final List<String> STANDARDS = List.of("X12", "EDIFACT");

    public enum Mode { TEST, PRODUCTION }

    /** The syntax acknowledgment the partner wants: X12's 997, EDIFACT's CONTRL, or none. */
    public enum Acknowledgment { X997, CONTRL, NONE }

    @Id
    private UUID id;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(nullable = false)
    private String standard;
    @Column(name = "partner_qualifier", nullable = false)
    private String partnerQualifier;
    @Column(name = "partner_code", nullable = false)
    private String partnerCode;
    @Column(name = "our_qualifier", nullable = false)
    private String ourQualifier;
    @Column(name = "our_code", nullable = false)
    private String ourCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "profile_mode", nullable = false)
    private Mode mode;
    @Enumerated(EnumType.STRING)
    @Column(name = "functional_ack", nullable = false)
    private Acknowledgment functionalAck;
    @Column(name = "default_currency", nullable = false)
    private String defaultCurrency;
    /** The business documents the partner wants from us, a comma list (rule E5): 855. */
    @Column(name = "outbound_documents", nullable = false)
    private String outboundDocuments = "";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected TradingProfile() {}

    /** What a profile's form or call says; {@link #problems} first. */
    public record Definition(String partnerQualifier, String partnerCode, String ourQualifier, String ourCode,
                             Mode mode, Acknowledgment functionalAck, String defaultCurrency, List<String> outbound,
                             String standard) {
        public Definition {
            outbound = outbound == null ? List.of() : List.copyOf(outbound);
            standard = standard == null ? "X12" : standard;
        }

        public Definition(String partnerQualifier, String partnerCode, String ourQualifier, String ourCode, Mode mode,
                          Acknowledgment functionalAck, String defaultCurrency, List<String> outbound) {
            this(partnerQualifier, partnerCode, ourQualifier, ourCode, mode, functionalAck, defaultCurrency, outbound,
                    "X12");
        }
    }

    /** The business documents a partner may ask us to send (more come with their writers: 856, 810). */
    public static final List<String> OUTBOUND_DOCUMENTS = List.of("855");

    public static List<FieldProblem> problems(Definition d) {
        var problems = new ArrayList<FieldProblem>();
        if (!STANDARDS.contains(d.standard())) {
            problems.add(new FieldProblem("standard", "edi.profile.standard", "standard: X12 or EDIFACT"));
        }
        if ("EDIFACT".equals(d.standard())) {
            check(problems, d.partnerQualifier(), EDIFACT_QUALIFIER, "partnerQualifier", "1 to 4 letters or digits, such as 14 or ZZZ");
            check(problems, d.partnerCode(), EDIFACT_CODE, "partnerCode", "1 to 35 letters, digits, spaces or . _ / & -");
            check(problems, d.ourQualifier(), EDIFACT_QUALIFIER, "ourQualifier", "1 to 4 letters or digits, such as 14 or ZZZ");
            check(problems, d.ourCode(), EDIFACT_CODE, "ourCode", "1 to 35 letters, digits, spaces or . _ / & -");
            if (d.functionalAck() == Acknowledgment.X997) {
                problems.add(new FieldProblem("functionalAck", "edi.profile.ack", "functionalAck: CONTRL or NONE for EDIFACT"));
            }
        } else {
            check(problems, d.partnerQualifier(), QUALIFIER, "partnerQualifier", "two letters or digits, such as ZZ or 01");
            check(problems, d.partnerCode(), CODE, "partnerCode", "1 to 15 letters, digits, spaces or . _ / & -");
            check(problems, d.ourQualifier(), QUALIFIER, "ourQualifier", "two letters or digits, such as ZZ or 01");
            check(problems, d.ourCode(), CODE, "ourCode", "1 to 15 letters, digits, spaces or . _ / & -");
            if (d.functionalAck() == Acknowledgment.CONTRL) {
                problems.add(new FieldProblem("functionalAck", "edi.profile.ack", "functionalAck: X997 or NONE for X12"));
            }
        }
        check(problems, d.defaultCurrency(), Pattern.compile("[A-Z]{3}"), "defaultCurrency", "an ISO 4217 code such as EUR");
        if (d.mode() == null) problems.add(new FieldProblem("mode", "edi.profile.mode", "mode: TEST or PRODUCTION"));
        if (d.functionalAck() == null) {
            problems.add(new FieldProblem("functionalAck", "edi.profile.ack", "functionalAck: X997, CONTRL or NONE"));
        }
        for (int i = 0; i < d.outbound().size(); i++) {
            if (!OUTBOUND_DOCUMENTS.contains(d.outbound().get(i))) {
                problems.add(new FieldProblem("outbound[" + i + "]", "edi.profile.outbound",
                        "outbound[" + i + "]: one of " + String.join(", ", OUTBOUND_DOCUMENTS)));
            }
        }
        return problems;
    }

    private static void check(List<FieldProblem> problems, String value, Pattern pattern, String field, String rule) {
        if (value == null || !pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "edi.profile." + field, field + ": " + rule));
        }
    }

    public static TradingProfile define(UUID id, UUID partnerId, Definition d, Instant now) {
        var profile = new TradingProfile();
        profile.id = id;
        profile.partnerId = partnerId;
        profile.apply(d, now);
        return profile;
    }

    public void redefine(Definition d, Instant now) {
        apply(d, now);
    }

    private void apply(Definition d, Instant now) {
        standard = d.standard();
        partnerQualifier = d.partnerQualifier();
        partnerCode = d.partnerCode();
        ourQualifier = d.ourQualifier();
        ourCode = d.ourCode();
        mode = d.mode();
        functionalAck = d.functionalAck();
        defaultCurrency = d.defaultCurrency();
        outboundDocuments = String.join(",", new java.util.TreeSet<>(d.outbound()));
        updatedAt = now;
    }

    /** Whether an interchange's test indicator fits the profile (rule E8): test files only while certifying. */
    public boolean accepts(boolean test) {
        return test == (mode == Mode.TEST);
    }

    public UUID id() { return id; }
    public UUID partnerId() { return partnerId; }
    public String standard() { return standard; }
    public String partnerQualifier() { return partnerQualifier; }
    public String partnerCode() { return partnerCode; }
    public String ourQualifier() { return ourQualifier; }
    public String ourCode() { return ourCode; }
    public Mode mode() { return mode; }
    public Acknowledgment functionalAck() { return functionalAck; }
    public String defaultCurrency() { return defaultCurrency; }
    public Instant updatedAt() { return updatedAt; }

    public List<String> outbound() {
        return outboundDocuments.isEmpty() ? List.of() : List.of(outboundDocuments.split(","));
    }

    /** Whether the partner wants this business document from us (855...). */
    public boolean sends(String document) {
        return outbound().contains(document);
    }
}
