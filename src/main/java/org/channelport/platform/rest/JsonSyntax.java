package org.channelport.platform.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.channelport.shared.DomainException;

/**
 * Rule P10: a JSON request body is read through once, token by token, before any resource binds it, and a body that is
 * not one complete JSON document, or is nested more than {@value #MAX_DEPTH} levels, is a 400 problem.
 *
 * <p>Why before binding: Payara's JSON-B (Yasson on Parsson 1.1.5) skips an unknown member by a loop that never ends
 * when the body stops inside it ({@code {"x":[} spins a request thread at full CPU for good), and JSON-P's reader
 * gives up on deep nesting with a plain RuntimeException (a 500). Streaming through the tokens ends at the first
 * error and builds nothing. The body is already within its limit (rule P3) when it gets here.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonSyntax implements ReaderInterceptor {
    /** No request of this API is nested half as deep; Yasson binds nested values recursively. */
    public static final int MAX_DEPTH = 32;
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        var body = context.getInputStream().readAllBytes();
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Throws a 400 problem unless the body is one well-formed JSON document within {@value #MAX_DEPTH} levels. An empty
     * body passes: each resource says what it expected instead.
     */
    public static void check(byte[] body) {
        if (isBlank(body)) {
            return;
        }
        int depth = 0;
        try (var parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                var event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw new DomainException(DomainException.Kind.INVALID, "error.jsonDepth",
                                "The request body is nested more than " + MAX_DEPTH + " levels deep.");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonException for bad syntax; Parsson signals some limits ("Input is too deeply nested") with a plain
            // RuntimeException
            throw notJson();
        }
    }

    private static DomainException notJson() {
        return new DomainException(DomainException.Kind.INVALID, "error.json", "The request body is not valid JSON.");
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
