package org.channelport.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.channelport.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rule P10: what reaches JSON binding is one complete, shallow JSON document; everything else is a 400 problem. */
class JsonSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"zzz\":[", "{\"zzz\":{\"a\":", "{\"note\":\"x\",\"zzz\":[[]", "{", "[1,]", "{\"a\":1,}",
            "{} x", "{}{}", "nul", "{'a':1}"})
    void anIncompleteOrMalformedDocumentIsInvalid(String body) {
        var refused = catchThrowableOfType(DomainException.class, () -> JsonSyntax.check(bytes(body)));

        assertThat(refused).as(body).isNotNull();
        assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(refused.getMessage()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void fiftyThousandOpeningBracketsAreInvalidNotAServerError() {
        for (var body : new String[]{"[".repeat(50_000), "{\"a\":" + "[".repeat(50_000), "[".repeat(33) + "]".repeat(33)}) {
            var refused = catchThrowableOfType(DomainException.class, () -> JsonSyntax.check(bytes(body)));

            assertThat(refused).as(body.substring(0, 10)).isNotNull();
            assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
        }
    }

    @Test
    void documentsWithinTheDepthPassAsTheyAre() {
        for (var body : new String[]{"{\"lines\":[{\"amount\":1e999999999}]}", "[" .repeat(32) + "]".repeat(32),
                "{\"amount\":" + "9".repeat(5_000) + "}", "\"text\"", "[]", "  {}  ", "", "  \r\n"}) {
            assertThatCode(() -> JsonSyntax.check(bytes(body))).as(body).doesNotThrowAnyException();
        }
    }

    @Test
    void onlyJsonMediaTypesAreChecked() {
        assertThat(JsonSyntax.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(JsonSyntax.isJson(MediaType.valueOf("application/problem+json"))).isTrue();
        assertThat(JsonSyntax.isJson(MediaType.valueOf("text/csv"))).isFalse();
        assertThat(JsonSyntax.isJson(MediaType.APPLICATION_OCTET_STREAM_TYPE)).isFalse();
        assertThat(JsonSyntax.isJson(null)).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
