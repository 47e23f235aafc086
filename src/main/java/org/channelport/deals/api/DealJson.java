package org.channelport.deals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.channelport.deals.application.DealCommand;
import org.channelport.deals.application.DealInput;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.application.DealSummary;
import org.channelport.shared.DomainException;

/**
 * A deal registration at the API's edge: what a partner system sends (the fields of {@link DealCommand}, plus
 * {@code leadId} and {@code draft} on creation) and what the API answers. Of a conflict a partner learns only that one
 * exists ({@code possibleConflict}, rule D4); {@code partnerName} is filled in for the ERP and channel managers only.
 */
@JsonbPropertyOrder({"id", "reference", "status", "stage", "possibleConflict", "company", "webDomain", "country",
        "region", "taxId", "contactName", "contactEmail", "contactPhone", "lines", "estimatedValue", "currency",
        "expectedCloseDate", "competitor", "notes", "leadId", "partnerName", "protectedUntil", "decisionNote",
        "closedAmount", "createdAt", "updatedAt"})
public class DealJson {
    public String id;
    public String reference;
    public String status;
    public String stage;
    public Boolean possibleConflict;
    public String company;
    public String webDomain;
    public String country;
    public String region;
    public String taxId;
    public String contactName;
    public String contactEmail;
    public String contactPhone;
    public List<LineJson> lines;
    public BigDecimal estimatedValue;
    public String currency;
    /** YYYY-MM-DD; text so that a malformed date is a field error like any other. */
    public String expectedCloseDate;
    public String competitor;
    public String notes;
    public String leadId;
    /** On creation only: true saves a draft without submitting it. */
    public Boolean draft;
    public String partnerName;
    public LocalDate protectedUntil;
    public String decisionNote;
    public BigDecimal closedAmount;
    public Instant createdAt;
    public Instant updatedAt;

    /** One product line of the opportunity. */
    public static class LineJson {
        public String productLine;
        public String products;
        public BigDecimal amount;

        public LineJson() {}

        LineJson(String productLine, String products, BigDecimal amount) {
            this.productLine = productLine;
            this.products = products;
            this.amount = amount;
        }
    }

    /**
     * Parsson refuses numbers of more than 1,100 characters with an UnsupportedOperationException (a 500); a numeral of
     * any length within the body limit is read, so that rule D1 answers "must be below ..." at its field, as leads do.
     */
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(
            java.util.Map.of("org.eclipse.parsson.maxBigDecimalLength", Integer.MAX_VALUE));

    /** Fields sent with the wrong JSON type (e.g. a text amount): reported with the rule D1 problems. */
    final transient List<DealInput.FieldProblem> typeProblems = new ArrayList<>();

    /**
     * Reads a registration from a request body, field by field, so that a value of the wrong type is a field error
     * naming the field (with every other problem) rather than an anonymous parse error.
     */
    static DealJson read(byte[] body) {
        // rule P10 also for a body sent without Content-Type, which the JsonSyntax interceptor skips
        org.channelport.platform.rest.JsonSyntax.check(body == null ? new byte[0] : body);
        var text = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body",
                    "Send the registration as a JSON object.");
        }
        JsonValue value;
        try (var reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new DomainException(DomainException.Kind.INVALID, "error.json",
                    "The request body is not valid JSON.");
        } catch (RuntimeException e) {
            // Parsson's own limits (nesting depth) end in plain runtime exceptions; the API checks syntax first
            // (rule P10), but this reader must not fail with a 500 wherever it is called from.
            throw new DomainException(DomainException.Kind.INVALID, "error.json",
                    "The request body is not valid JSON.");
        }
        if (!(value instanceof JsonObject object)) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body",
                    "Send the registration as a JSON object.");
        }
        var json = new DealJson();
        var r = new Fields(object, "", json.typeProblems);
        json.company = r.text("company");
        json.webDomain = r.text("webDomain");
        json.country = r.text("country");
        json.region = r.text("region");
        json.taxId = r.text("taxId");
        json.contactName = r.text("contactName");
        json.contactEmail = r.text("contactEmail");
        json.contactPhone = r.text("contactPhone");
        json.currency = r.text("currency");
        json.expectedCloseDate = r.text("expectedCloseDate");
        json.stage = r.text("stage");
        json.competitor = r.text("competitor");
        json.notes = r.text("notes");
        json.leadId = r.text("leadId");
        json.draft = r.flag("draft");
        var lines = object.get("lines");
        if (lines instanceof JsonArray array) {
            json.lines = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject line) {
                    var l = new Fields(line, "lines[" + i + "].", json.typeProblems);
                    json.lines.add(new LineJson(l.text("productLine"), l.text("products"), l.number("amount")));
                } else {
                    json.lines.add(null);
                    if (array.get(i).getValueType() != JsonValue.ValueType.NULL) {
                        json.typeProblems.add(new DealInput.FieldProblem("lines[" + i + "]", "error.json",
                                "lines[" + i + "] must be an object with productLine, products and amount"));
                    }
                }
            }
        } else if (lines != null && lines.getValueType() != JsonValue.ValueType.NULL) {
            json.typeProblems.add(new DealInput.FieldProblem("lines", "error.json", "lines must be a JSON array"));
        }
        return json;
    }

    /** Typed access to an object's members; a member of the wrong type is recorded as a problem and read as null. */
    private record Fields(JsonObject object, String prefix, List<DealInput.FieldProblem> problems) {
        String text(String name) {
            var v = object.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
            if (v instanceof JsonString s) return s.getString();
            problems.add(new DealInput.FieldProblem(prefix + name, "error.json", prefix + name + " must be a text"));
            return null;
        }

        BigDecimal number(String name) {
            var v = object.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
            if (v instanceof JsonNumber n) return n.bigDecimalValue();
            problems.add(new DealInput.FieldProblem(prefix + name, "error.json", prefix + name + " must be a number"));
            return null;
        }

        Boolean flag(String name) {
            var v = object.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
            if (v == JsonValue.TRUE) return Boolean.TRUE;
            if (v == JsonValue.FALSE) return Boolean.FALSE;
            problems.add(new DealInput.FieldProblem(prefix + name, "error.json", prefix + name + " must be true or false"));
            return null;
        }
    }

    /**
     * What a channel read: the command, and the problems it met reading it (a wrong type, an unreadable date), which
     * the service reports together with every other problem of rule D1.
     */
    record Parsed(DealCommand command, List<DealInput.FieldProblem> problems) {}

    Parsed toCommand() {
        return command(company, webDomain, country, region, taxId, contactName, contactEmail, contactPhone,
                lines == null ? null : lines.stream().map(l -> l == null ? null
                        : new DealCommand.Line(l.productLine, l.products, l.amount)).toList(),
                currency, expectedCloseDate, stage, competitor, notes, typeProblems);
    }

    static Parsed command(String company, String webDomain, String country, String region, String taxId,
                          String contactName, String contactEmail, String contactPhone,
                          List<DealCommand.Line> lines, String currency, String expectedCloseDate, String stage,
                          String competitor, String notes, List<DealInput.FieldProblem> earlier) {
        LocalDate date = null;
        boolean unreadableDate = false;
        if (expectedCloseDate != null && !expectedCloseDate.isBlank()) {
            try {
                date = LocalDate.parse(expectedCloseDate.strip());
            } catch (DateTimeParseException e) {
                unreadableDate = true;
            }
        }
        var command = new DealCommand(company, webDomain, country, region, taxId, contactName, contactEmail,
                contactPhone, lines, currency, date, stage, competitor, notes);
        var known = new ArrayList<DealInput.FieldProblem>(earlier == null ? List.of() : earlier);
        if (unreadableDate) {
            known.add(new DealInput.FieldProblem("expectedCloseDate", "deal.closeDate.invalid",
                    "expectedCloseDate must be a date such as 2026-12-31"));
        }
        return new Parsed(command, List.copyOf(known));
    }

    static DealJson of(DealSummary d) {
        var json = new DealJson();
        json.id = d.getId().toString();
        json.reference = d.getReference();
        json.status = d.getStatus().name();
        json.stage = d.getStage() == null ? null : d.getStage().name();
        json.possibleConflict = d.isPossibleConflict();
        json.company = d.getCompany();
        json.webDomain = d.getWebDomain();
        json.country = d.getCountry();
        json.region = d.getRegion();
        json.estimatedValue = d.getEstimatedValue();
        json.currency = d.getCurrency();
        json.expectedCloseDate = d.getExpectedCloseDate() == null ? null : d.getExpectedCloseDate().toString();
        json.partnerName = d.getPartnerName();
        json.protectedUntil = d.getProtectedUntil();
        json.decisionNote = d.getDecisionNote();
        json.closedAmount = d.getClosedAmount();
        json.createdAt = d.getCreatedAt();
        json.updatedAt = d.getUpdatedAt();
        json.lines = d.getProductLines().stream().map(l -> new LineJson(l, null, null)).toList();
        return json;
    }

    static DealJson of(DealRows.Detail detail) {
        var json = of(detail.getSummary());
        json.taxId = detail.getTaxId();
        json.contactName = detail.getContactName();
        json.contactEmail = detail.getContactEmail();
        json.contactPhone = detail.getContactPhone();
        json.competitor = detail.getCompetitor();
        json.notes = detail.getNotes();
        json.leadId = detail.getLeadId() == null ? null : detail.getLeadId().toString();
        json.lines = detail.getLines().stream()
                .map(l -> new LineJson(l.getProductLine().name(), l.getProducts(), l.getAmount())).toList();
        return json;
    }
}
