package org.channelport.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real webhook receiver on this host, as a partner's or the ERP's system would run one: every path answers as told
 * ({@link #answer}: a status, a body, a delay), every request is kept. It checks signatures the way the Standard
 * Webhooks specification tells receivers to, with its own HMAC code (not the server's).
 */
final class WebhookReceiver implements AutoCloseable {
    record Received(String path, String id, String timestamp, String signature, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String type() {
            return json().getString("type");
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }

        /** Whether one of the header's signatures is this secret's over "id.timestamp.body". */
        boolean signedWith(String secret) {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                var expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                return Arrays.stream(signature.split(" ")).filter(s -> s.startsWith("v1,"))
                        .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    record Answer(int status, String body, long delayMillis) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** http://127.0.0.1:port/path */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How a path answers from now on (204 by default). */
    void answer(String path, int status, String body, long delayMillis) {
        answers.put(path, new Answer(status, body, delayMillis));
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(path, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            var answer = answers.getOrDefault(path, new Answer(204, "", 0));
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            var body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up waiting (its timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
