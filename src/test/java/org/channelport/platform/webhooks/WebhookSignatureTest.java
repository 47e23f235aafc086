package org.channelport.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector the Standard Webhooks reference libraries verify: a receiver's library accepts what we send. */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        var secret = WebhookSignature.newSecret();
        var base = WebhookSignature.sign(secret, "msg_1", 1000, "{}");
        assertNotEquals(base, WebhookSignature.sign(secret, "msg_2", 1000, "{}"));
        assertNotEquals(base, WebhookSignature.sign(secret, "msg_1", 1001, "{}"));
        assertNotEquals(base, WebhookSignature.sign(secret, "msg_1", 1000, "{ }"));
        assertNotEquals(base, WebhookSignature.sign(WebhookSignature.newSecret(), "msg_1", 1000, "{}"));
    }

    @Test
    void newSecretsAreThirtyTwoRandomBytesWithThePrefix() {
        var secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }

    /** During a roll both secrets sign: a receiver that still holds the old one keeps verifying. */
    @Test
    void theHeaderCarriesOneSignaturePerSecretSeparatedBySpaces() {
        var current = WebhookSignature.newSecret();
        var previous = WebhookSignature.newSecret();
        var header = WebhookSignature.header(List.of(current, previous), "msg_9", 42, "{\"a\":1}");
        assertEquals(List.of(WebhookSignature.sign(current, "msg_9", 42, "{\"a\":1}"),
                WebhookSignature.sign(previous, "msg_9", 42, "{\"a\":1}")), List.of(header.split(" ")));
    }
}
