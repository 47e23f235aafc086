package org.channelport.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One attempt of the dispatcher against a real HTTP server on this host: rule W4 stops a call to an internal address
 * before anything is sent (production), redirects are not followed, rule W5 keeps the first kilobyte, and a receiver
 * that answers its headers but stalls its body is cut off by the timeout (shortened to one second here).
 */
class WebhookDispatcherTest {
    private static HttpServer server;
    private static final ConcurrentHashMap<String, Integer> hits = new ConcurrentHashMap<>();

    @BeforeAll
    static void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            exchange.getRequestBody().readAllBytes();
            try (exchange) {
                switch (path) {
                    case "/moved" -> {
                        exchange.getResponseHeaders().set("Location", url("/target"));
                        exchange.sendResponseHeaders(302, -1);
                    }
                    case "/big" -> {
                        var body = "é".repeat(3000).getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(500, body.length);
                        exchange.getResponseBody().write(body);
                    }
                    case "/stall" -> {
                        exchange.sendResponseHeaders(200, 100);
                        exchange.getResponseBody().write('{');
                        exchange.getResponseBody().flush();
                        Thread.sleep(5000);
                    }
                    default -> exchange.sendResponseHeaders(204, -1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (the stalled answer)
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static WebhookDispatcher dispatcher(boolean development) {
        var dispatcher = new WebhookDispatcher();
        dispatcher.clock = Clock.systemUTC();
        dispatcher.development = development;
        dispatcher.timeout = Duration.ofSeconds(1);
        dispatcher.init();
        return dispatcher;
    }

    private static WebhookOutbox.Outcome attempt(WebhookDispatcher dispatcher, String path) throws Exception {
        return dispatcher.attempt(new WebhookOutbox.Due(UUID.randomUUID(), 0, "msg_test", url(path),
                List.of(WebhookSignature.newSecret()), "{\"type\":\"webhook.test\"}")).get(10, TimeUnit.SECONDS);
    }

    @Test
    void inProductionAnInternalAddressIsNeverCalled() throws Exception {
        var outcome = attempt(dispatcher(false), "/internal");
        assertEquals("refused.privateAddress", outcome.error());
        assertNull(outcome.statusCode());
        assertNull(hits.get("/internal"), "nothing reached the receiver");
    }

    @Test
    void aRedirectIsAnAnswerNotAWayElsewhere() throws Exception {
        var outcome = attempt(dispatcher(true), "/moved");
        assertEquals(302, outcome.statusCode());
        assertNull(hits.get("/target"), "the redirect was not followed");
    }

    @Test
    void onlyTheFirstKilobyteOfAnAnswerIsKept() throws Exception {
        var outcome = attempt(dispatcher(true), "/big");
        assertEquals(500, outcome.statusCode());
        assertEquals(512, outcome.excerpt().length(), "1,024 bytes of two-byte characters, not 1,024 characters");
        assertTrue(outcome.excerpt().startsWith("éé"));
    }

    @Test
    void aReceiverThatStallsItsBodyTimesOut() throws Exception {
        long started = System.nanoTime();
        var outcome = attempt(dispatcher(true), "/stall");
        assertEquals("timeout", outcome.error());
        assertNull(outcome.statusCode());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(4).toNanos(), "cut off at the timeout");
    }

    @Test
    void aWorkingReceiverAnswersWithinTheTimeout() throws Exception {
        var outcome = attempt(dispatcher(true), "/ok");
        assertEquals(204, outcome.statusCode());
        assertNull(outcome.error());
    }
}
