package org.channelport.partners.domain;

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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.channelport.shared.Countries;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.Gs1;
import org.channelport.shared.TextInput;

/**
 * One of a partner's addresses (rule PA11): where its orders ship to, or where its invoices go, with an optional GS1
 * Global Location Number (13 digits, its check digit verified) by which EDI documents name the place. Never deleted
 * (orders keep what they shipped to); deactivated instead. One default per kind.
 */
@Entity
@Table(name = "partner_address")
public class PartnerAddress {
    public enum Kind { SHIP_TO, BILL_TO }

    /** What a person or system sends: every text as typed. */
    public record Request(String kind, String label, String recipient, String street, String street2,
                          String postalCode, String city, String region, String country, String gln,
                          Boolean defaultOne) {}

    @Id
    private UUID id;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String label;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String street;
    private String street2;
    @Column(name = "postal_code")
    private String postalCode;
    @Column(nullable = false)
    private String city;
    private String region;
    @Column(nullable = false)
    private String country;
    private String gln;
    @Column(name = "default_one")
    private boolean defaultOne;
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected PartnerAddress() {}

    /** Rule PA11: every problem of the request at its field; empty when it makes an address. */
    public static List<FieldProblem> check(Request r) {
        var problems = new ArrayList<FieldProblem>();
        if (r == null) {
            problems.add(new FieldProblem("kind", "address.kind.invalid", "kind: SHIP_TO or BILL_TO"));
            return problems;
        }
        if (kind(r.kind()) == null) {
            problems.add(new FieldProblem("kind", "address.kind.invalid", "kind: SHIP_TO or BILL_TO"));
        }
        text(problems, "label", r.label(), true, 100);
        text(problems, "recipient", r.recipient(), true, 200);
        text(problems, "street", r.street(), true, 200);
        text(problems, "street2", r.street2(), false, 200);
        text(problems, "postalCode", r.postalCode(), false, 20);
        text(problems, "city", r.city(), true, 100);
        text(problems, "region", r.region(), false, 100);
        if (r.country() == null || !Countries.isKnown(r.country().strip().toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("country", "address.country.invalid", "country: an ISO 3166 code such as DE"));
        }
        var gln = digits(r.gln());
        if (gln != null && !Gs1.valid(gln, 13)) {
            problems.add(new FieldProblem("gln", "address.gln.invalid",
                    "gln: 13 digits whose last is the GS1 check digit"));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "address.required", field + ": required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "address.tooLong", field + ": at most " + max + " characters",
                    List.of(max)));
        } else if (TextInput.hasControlCharacters(value, false)) {
            problems.add(new FieldProblem(field, "address.control", field + ": one line, without control characters"));
        }
    }

    static Kind kind(String text) {
        try {
            return text == null ? null : Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A GLN as people print it (spaces and hyphens left out); null when none was given. */
    public static String digits(String gln) {
        return gln == null || gln.isBlank() ? null : gln.replace(" ", "").replace("-", "").strip();
    }

    /** A new address from a request {@link #check} accepted. */
    public static PartnerAddress create(UUID partnerId, Request r, Instant now) {
        var address = new PartnerAddress();
        address.id = UUID.randomUUID();
        address.partnerId = partnerId;
        address.active = true;
        address.createdAt = now;
        address.define(r, now);
        return address;
    }

    public void define(Request r, Instant now) {
        kind = kind(r.kind());
        label = r.label().strip();
        recipient = r.recipient().strip();
        street = r.street().strip();
        street2 = blank(r.street2());
        postalCode = blank(r.postalCode());
        city = r.city().strip();
        region = blank(r.region());
        country = r.country().strip().toUpperCase(Locale.ROOT);
        gln = digits(r.gln());
        defaultOne = Boolean.TRUE.equals(r.defaultOne());
        updatedAt = now;
    }

    public void notDefault(Instant now) {
        if (defaultOne) {
            defaultOne = false;
            updatedAt = now;
        }
    }

    public void deactivate(Instant now) {
        active = false;
        defaultOne = false;
        updatedAt = now;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The address as a label prints it: recipient, street lines, postal code and city, region, country. */
    public String text() {
        var lines = new ArrayList<String>();
        lines.add(recipient);
        lines.add(street);
        if (street2 != null) {
            lines.add(street2);
        }
        lines.add((postalCode == null ? "" : postalCode + " ") + city);
        if (region != null) {
            lines.add(region);
        }
        lines.add(country);
        return String.join("\n", lines);
    }

    public UUID id() { return id; }
    public UUID partnerId() { return partnerId; }
    public Kind kind() { return kind; }
    public String label() { return label; }
    public String recipient() { return recipient; }
    public String street() { return street; }
    public Optional<String> street2() { return Optional.ofNullable(street2); }
    public Optional<String> postalCode() { return Optional.ofNullable(postalCode); }
    public String city() { return city; }
    public Optional<String> region() { return Optional.ofNullable(region); }
    public String country() { return country; }
    public Optional<String> gln() { return Optional.ofNullable(gln); }
    public boolean isDefault() { return defaultOne; }
    public boolean active() { return active; }
}
