package org.channelport.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The one reader of JSON request bodies: every type error named at its field, all at once, never a 500 (rule P10). */
class JsonBodiesTest {

    public record Line(String productLine, BigDecimal amount) {}

    /** A record that reports type errors with its own rule's problems. */
    public record Order(String company, Integer quantity, Boolean draft, List<Line> lines, List<String> tags,
                        List<FieldProblem> problems) {}

    /** A record without a place for problems: they are a 400 at once. */
    public record Decision(String decision, String note) {}

    @Test
    void bindsEveryKindOfMember() {
        var order = JsonBodies.read(bytes("""
                {"company":"Contoso","quantity":3,"draft":true,"unknown":{"x":[1]},
                 "lines":[{"productLine":"NETWORKING","amount":12.50}],"tags":["a","b"]}"""), Order.class);

        assertThat(order.company()).isEqualTo("Contoso");
        assertThat(order.quantity()).isEqualTo(3);
        assertThat(order.draft()).isTrue();
        assertThat(order.lines()).containsExactly(new Line("NETWORKING", new BigDecimal("12.50")));
        assertThat(order.tags()).containsExactly("a", "b");
        assertThat(order.problems()).isEmpty();
    }

    @Test
    void everyTypeErrorIsNamedAtItsFieldAndTheRecordStillBinds() {
        var order = JsonBodies.read(bytes("""
                {"company":7,"quantity":1.5,"draft":"yes","tags":"a",
                 "lines":[{"productLine":"NETWORKING","amount":"ten"},42,null]}"""), Order.class);

        assertThat(order.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("company", "quantity", "draft", "tags", "lines[0].amount", "lines[1]");
        assertThat(order.problems()).extracting(FieldProblem::message)
                .contains("company must be a text", "quantity must be a whole number", "draft must be true or false",
                        "lines[0].amount must be a number", "lines[1] must be a JSON object");
        assertThat(order.company()).isNull();
        assertThat(order.lines()).hasSize(3);
        assertThat(order.lines().get(0).productLine()).isEqualTo("NETWORKING");
    }

    @Test
    void aRecordWithoutAPlaceForProblemsIsRefusedWithAllOfThem() {
        var refused = catchThrowableOfType(InvalidInput.class,
                () -> JsonBodies.read(bytes("{\"decision\":true,\"note\":[]}"), Decision.class));

        assertThat(refused.fieldErrors()).containsOnlyKeys("decision", "note");
    }

    @Test
    void aNumeralLongerThanParssonsLimitIsReadSoThatARuleCanRefuseItAtItsField() {
        var digits = "9".repeat(1_101);

        var order = JsonBodies.read(bytes("{\"lines\":[{\"amount\":" + digits + "}]}"), Order.class);

        assertThat(order.problems()).isEmpty();
        assertThat(order.lines().get(0).amount().precision()).isEqualTo(1_101);
    }

    @Test
    void aWholeNumberOutOfRangeIsAFieldError() {
        var order = JsonBodies.read(bytes("{\"quantity\":99999999999}"), Order.class);

        assertThat(order.problems()).extracting(FieldProblem::field).containsExactly("quantity");
    }

    @Test
    void emptyMalformedDeepOrNonObjectBodiesAreBadRequests() {
        for (var body : new String[]{"", "  ", "[]", "\"x\"", "{\"company\":", "[".repeat(50_000),
                "{\"lines\":" + "[".repeat(40) + "]".repeat(40) + "}"}) {
            var refused = catchThrowableOfType(DomainException.class, () -> JsonBodies.read(bytes(body), Order.class));

            assertThat(refused).as(body.substring(0, Math.min(12, body.length()))).isNotNull();
            assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
        }
    }

    @Test
    void oneOrManyTakesAnObjectOrAnArray() {
        var one = JsonBodies.oneOrMany(bytes("{\"decision\":\"APPROVE\"}"), Decision.class);
        var many = JsonBodies.oneOrMany(bytes("[{\"decision\":\"APPROVE\"},7,{\"note\":\"n\"}]"), Decision.class);

        assertThat(one.isMany()).isFalse();
        assertThat(one.one().decision()).isEqualTo("APPROVE");
        assertThat(many.many()).containsExactly(new Decision("APPROVE", null), null, new Decision(null, "n"));
        assertThat(catchThrowableOfType(DomainException.class,
                () -> JsonBodies.oneOrMany(bytes("3"), Decision.class))).isNotNull();
    }

    @Test
    void theIdempotencyFingerprintIgnoresSpellingButNotValues() {
        var a = JsonBodies.read(bytes("{\"decision\":\"APPROVE\",\"note\":\"ok\"}"), Decision.class);
        var b = JsonBodies.read(bytes("{ \"note\" : \"ok\", \"decision\" : \"APPROVE\", \"extra\": 1 }"), Decision.class);
        var c = JsonBodies.read(bytes("{\"decision\":\"APPROVE\",\"note\":\"ok!\"}"), Decision.class);

        assertThat(Idempotency.fingerprint(a)).isEqualTo(Idempotency.fingerprint(b));
        assertThat(Idempotency.fingerprint(a)).isNotEqualTo(Idempotency.fingerprint(c));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
