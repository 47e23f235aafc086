package org.channelport.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://2130706433/hook",
            "https://10.1.2.3/hook", "https://172.16.0.1/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest",
            "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::1]/hook", "https://[fd00::1]/hook",
            "https://[fe80::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://224.0.0.1/hook",
            "https://[64:ff9b::a9fe:a9fe]/latest", "https://[2002:0a00:0001::1]/hook", "https://[::10.0.0.1]/hook"})
    void productionRefusesEveryInternalAddress(String url) {
        assertEquals(Optional.of("privateAddress"), WebhookEndpoints.refusal(url, false), url);
    }

    @Test
    void productionAcceptsAPublicHttpsAddress() {
        assertEquals(Optional.empty(), WebhookEndpoints.refusal("https://93.184.215.14/hooks/channelport", false));
        assertEquals(Optional.empty(), WebhookEndpoints.refusal("https://[2606:4700:4700::1111]/hook", false));
        assertEquals(Optional.empty(), WebhookEndpoints.refusal("https://[64:ff9b::808:808]/hook", false),
                "NAT64 to a public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "ftp://93.184.215.14/hook", "file:///etc/passwd",
            "gopher://93.184.215.14/"})
    void onlyHttpsLeavesTheHost(String url) {
        assertEquals(Optional.of("https"), WebhookEndpoints.refusal(url, false));
        assertEquals(Optional.of("https"), WebhookEndpoints.refusal(url, true), "development too, except to loopback");
    }

    @Test
    void developmentAllowsPlainHttpToThisHostOnly() {
        assertEquals(Optional.empty(), WebhookEndpoints.refusal("http://localhost:8099/hook", true));
        assertEquals(Optional.empty(), WebhookEndpoints.refusal("http://127.0.0.1:8099/hook", true));
        assertEquals(Optional.of("https"), WebhookEndpoints.refusal("http://10.0.0.5/hook", true));
        assertEquals(Optional.of("https"), WebhookEndpoints.refusal("http://localhost:8099/hook", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "/relative/path", "https://user:pw@93.184.215.14/hook",
            "https://93.184.215.14/hook#part"})
    void refusesWhatIsNoAbsoluteAddress(String url) {
        var refusal = WebhookEndpoints.refusal(url, false).orElseThrow();
        assertTrue(refusal.equals("invalid") || refusal.equals("required"), url + ": " + refusal);
    }

    @Test
    void refusesAnAddressLongerThanTheColumn() {
        assertEquals(Optional.of("tooLong"), WebhookEndpoints.refusal("https://93.184.215.14/" + "a".repeat(2000), false));
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        assertEquals(Optional.of("unknownHost"), WebhookEndpoints.refusal("https://no-such-host.invalid/hook", false));
    }

    @Test
    void internalCoversMappedAndSpecialRanges() throws Exception {
        assertTrue(WebhookEndpoints.internal(InetAddress.getByName("100.127.255.255")));
        assertFalse(WebhookEndpoints.internal(InetAddress.getByName("100.128.0.1")));
        assertTrue(WebhookEndpoints.internal(InetAddress.getByName("255.255.255.255")));
        assertFalse(WebhookEndpoints.internal(InetAddress.getByName("8.8.8.8")));
    }
}
