package org.channelport.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;
import org.channelport.shared.DomainException;

/**
 * Rule P4: a POST sent with an {@code Idempotency-Key} header is carried out once per client and key. The answer is
 * stored in the same transaction as the change, so a retry after a lost reply gets the same answer
 * ({@code Idempotent-Replayed: true}) and changes nothing; the same key with a different body is refused (422). Two
 * concurrent requests with one key: one commits, the other fails on the primary key and answers 409, and its retry
 * is replayed.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** What an operation answered, as stored for replay. */
    public record Answer(int status, URI location, String jsonBody) {}

    @Transactional
    public Response once(String client, String key, Object request, Supplier<Answer> operation) {
        return once(client, key, request, operation, java.util.function.UnaryOperator.identity());
    }

    /**
     * {@link #once(String, String, Object, Supplier)} keeping for replays only what {@code kept} makes of the answer:
     * a secret shown once (a webhook's signing secret) is answered the first time and never stored.
     */
    @Transactional
    public Response once(String client, String key, Object request, Supplier<Answer> operation,
                         java.util.function.UnaryOperator<Answer> kept) {
        if (key == null) {
            return toResponse(operation.get(), false);
        }
        var trimmed = key.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200 || !trimmed.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new DomainException(DomainException.Kind.INVALID, "error.idempotencyKey",
                    "The Idempotency-Key header must be 1 to 200 visible ASCII characters.").at(HEADER);
        }
        var hash = fingerprint(request);
        var stored = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(client, trimmed));
        if (stored != null) {
            if (!stored.requestHash().equals(hash)) {
                return Problem.of(new Unprocessable(), "This Idempotency-Key was used before with a different request "
                        + "body; use a new key for a new request.").toResponse();
            }
            return toResponse(new Answer(stored.status(), stored.location() == null ? null : URI.create(stored.location()),
                    stored.body()), true);
        }
        var answer = operation.get();
        var keep = kept.apply(answer);
        em.persist(new IdempotencyRecord(client, trimmed, hash, keep.status(),
                keep.location() == null ? null : keep.location().toString(), keep.jsonBody(), clock.instant()));
        return toResponse(answer, false);
    }

    private static Response toResponse(Answer answer, boolean replayed) {
        var builder = Response.status(answer.status());
        if (answer.location() != null) {
            builder.location(answer.location());
        }
        if (answer.jsonBody() != null) {
            builder.entity(answer.jsonBody()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        if (replayed) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    /**
     * The request as bound ({@link JsonBodies}), written out again: two bodies that mean the same (spacing, member
     * order, unknown members) are the same request, and a retry that changes any value the operation reads is not.
     */
    static String fingerprint(Object request) {
        // a file (a lead import) is its bytes
        var bytes = request instanceof byte[] file ? file
                : JsonBodies.canonical(request).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.channelport.shared.Digests.sha256(bytes);
    }

    /** 422: a request that is well formed but that the current state of things cannot take. */
    public static final class Unprocessable implements Response.StatusType {
        @Override
        public int getStatusCode() { return 422; }
        @Override
        public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
        @Override
        public String getReasonPhrase() { return "Unprocessable Content"; }
    }
}
