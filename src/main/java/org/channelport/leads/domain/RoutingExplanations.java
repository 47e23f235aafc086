package org.channelport.leads.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.leads.domain.RoutingDecision.CandidateTrace;
import org.channelport.leads.domain.RoutingDecision.RuleOutcome;
import org.channelport.leads.domain.RoutingDecision.RuleTrace;
import org.channelport.leads.domain.RoutingDecision.Verdict;

/**
 * The stored form of a routing explanation (rule L6): compact JSON kept with the lead, so the decision can be shown later even
 * after rules or partners have changed. The lead id is not repeated inside, and rules the lead did not match are kept by name
 * only, so they read back without id. Absent fields read back as null, zero or empty, and an outcome, verdict or strategy
 * this version does not know reads back as null rather than failing.
 */
public final class RoutingExplanations {
    // Json.createGenerator looks the provider up through the ServiceLoader on every call: far too slow for a batch
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    /**
     * A fresh buffer per explanation was a fifth of the cost at batch rates. A plain char[], not a writer of ours, so that
     * container threads hold no class of this application after a redeploy.
     */
    private static final ThreadLocal<char[]> BUFFERS = ThreadLocal.withInitial(() -> new char[Chars.KEPT]);

    private RoutingExplanations() {}

    public static String toJson(RoutingDecision d) {
        var out = new Chars(BUFFERS.get());
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            write(json, "ruleId", d.ruleId());
            write(json, "ruleName", d.ruleName());
            write(json, "strategy", d.strategy());
            if (d.ruleId() != null) {
                json.write("acceptSlaHours", d.acceptSlaHours());
                json.write("followUpSlaHours", d.followUpSlaHours());
            }
            write(json, "partnerId", d.partnerId());
            write(json, "partnerName", d.partnerName());
            write(json, "unroutableReason", d.unroutableReason());
            json.writeStartArray("rules");
            for (RuleTrace rule : d.rules()) {
                json.writeStartObject();
                if (rule.outcome() != RoutingDecision.RuleOutcome.NOT_MATCHING) {
                    // A rule passed by is named only: at 50 rules its id would be a third of the explanation.
                    write(json, "ruleId", rule.ruleId());
                }
                write(json, "ruleName", rule.ruleName());
                write(json, "outcome", rule.outcome());
                write(json, "detail", rule.detail());
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("candidates");
            for (CandidateTrace candidate : d.candidates()) {
                json.writeStartObject();
                write(json, "partnerId", candidate.partnerId());
                write(json, "partnerName", candidate.partnerName());
                write(json, "verdict", candidate.verdict());
                write(json, "detail", candidate.detail());
                json.writeEnd();
            }
            json.writeEnd();
            json.write("candidatesNotListed", d.candidatesNotListed());
            json.writeEnd();
        }
        // one huge explanation must not pin its buffer for ever
        if (out.buf.length <= 4 * Chars.KEPT) BUFFERS.set(out.buf);
        return out.toString();
    }

    public static RoutingDecision fromJson(UUID leadId, String json) {
        JsonObject o;
        try (var reader = READERS.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        var rules = new ArrayList<RuleTrace>();
        for (JsonObject rule : objects(o, "rules")) {
            rules.add(new RuleTrace(uuid(rule, "ruleId"), string(rule, "ruleName"),
                    constant(RuleOutcome.class, string(rule, "outcome")), string(rule, "detail")));
        }
        var candidates = new ArrayList<CandidateTrace>();
        for (JsonObject candidate : objects(o, "candidates")) {
            candidates.add(new CandidateTrace(uuid(candidate, "partnerId"), string(candidate, "partnerName"),
                    constant(Verdict.class, string(candidate, "verdict")), string(candidate, "detail")));
        }
        return new RoutingDecision(leadId, uuid(o, "partnerId"), string(o, "partnerName"), uuid(o, "ruleId"),
                string(o, "ruleName"), constant(RoutingStrategy.class, string(o, "strategy")), integer(o, "acceptSlaHours"),
                integer(o, "followUpSlaHours"), string(o, "unroutableReason"), List.copyOf(rules),
                List.copyOf(candidates), integer(o, "candidatesNotListed"));
    }

    /**
     * An unsynchronized writer over a borrowed buffer. Not a StringWriter: its StringBuffer re-checks every char for Latin-1
     * on each append, which cost a fifth of the routing budget.
     */
    private static final class Chars extends Writer {
        static final int KEPT = 16 * 1024;
        private char[] buf;
        private int len;

        Chars(char[] buf) {
            this.buf = buf;
        }

        @Override
        public void write(char[] chars, int off, int count) {
            if (len + count > buf.length) buf = Arrays.copyOf(buf, Math.max(len + count, buf.length * 2));
            System.arraycopy(chars, off, buf, len, count);
            len += count;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return new String(buf, 0, len);
        }
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value != null) json.write(name, value.toString());
    }

    private static List<JsonObject> objects(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (!(value instanceof JsonArray array)) return List.of();
        var objects = new ArrayList<JsonObject>(array.size());
        for (JsonValue element : array) if (element instanceof JsonObject object) objects.add(object);
        return objects;
    }

    private static String string(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static int integer(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.intValue() : 0;
    }

    private static UUID uuid(JsonObject o, String name) {
        String s = string(o, name);
        if (s == null) return null;
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) return null;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
