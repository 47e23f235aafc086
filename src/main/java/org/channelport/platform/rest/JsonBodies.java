package org.channelport.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/**
 * The one way every JSON request body reaches a resource: as a record of the context's {@code api} package, bound
 * here member by member with JSON-P.
 *
 * <p>Why not JSON-B: Yasson stops at the first member of the wrong type with an anonymous error ("not valid JSON"),
 * while a client should learn every field it must fix at once, type errors included, in problem+json. Here a member of
 * the wrong type (a text amount, an object where a list belongs) is read as {@code null} and recorded as a
 * {@link FieldProblem} named as the client spells it ({@code lines[1].amount}, message key {@code error.json}).
 * A record that declares a {@code List<FieldProblem>} component receives them there and reports them with its own
 * rule's problems (a deal's D1, a lead's L1); for any other record they are a 400 at once, all of them.
 *
 * <p>Component types: {@code String}, {@code BigDecimal}, {@code Integer}, {@code Long}, {@code Boolean}, another such
 * record, and lists of these. Enums and dates arrive as text, so that an unknown value is a field error in the words
 * of the rule that refuses it. Members the record does not declare are ignored; numerals of any length are read (the
 * body is within its limit, rule P3), so that a rule can answer "must be below ..." at its field.
 *
 * <p>A resource that takes either one record or a list of them (a lead or a batch of leads) declares
 * {@link OneOrMany}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
// MessageBodyReader<Record>, not <Object>: JAX-RS picks the reader whose type is closest to the parameter's, and
// Payara's JSON-B reader (for Object) would otherwise bind records as it pleases, type errors and all
@jakarta.annotation.Priority(jakarta.ws.rs.Priorities.ENTITY_CODER)
public class JsonBodies implements MessageBodyReader<Record> {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of("org.eclipse.parsson.maxBigDecimalLength", Integer.MAX_VALUE));

    /** A body that may be one record or a JSON array of them. */
    public record OneOrMany<R extends Record>(R one, List<R> many) {
        public boolean isMany() { return many != null; }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == OneOrMany.class || type.isRecord() && type.getName().startsWith("org.channelport.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException, WebApplicationException {
        var body = entityStream.readAllBytes();
        if (OneOrMany.class.equals(type)) {
            return oneOrMany(body, recordArgument(genericType));
        }
        return read(body, type);
    }

    /** Binds a body to a record; see the class comment for what is refused and how. */
    public static <R extends Record> R read(byte[] body, Class<R> type) {
        var value = parse(body);
        if (!(value instanceof JsonObject object)) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", "Send a JSON object.");
        }
        return bound(object, type);
    }

    /** The record, or every type problem at once for a record that has no place for them. */
    private static <R extends Record> R bound(JsonObject object, Class<R> type) {
        var problems = new ArrayList<FieldProblem>();
        var record = bind(object, type, "", problems);
        if (!problems.isEmpty() && carrier(type) == null) {
            throw new InvalidInput(problems);
        }
        return record;
    }

    /** Binds a body that is one record or an array of them (an element that is not an object is a null element). */
    public static <R extends Record> OneOrMany<R> oneOrMany(byte[] body, Class<R> type) {
        var value = parse(body);
        if (value instanceof JsonObject object) {
            return new OneOrMany<>(bound(object, type), null);
        }
        if (!(value instanceof JsonArray array)) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body",
                    "Send a JSON object, or an array of objects.");
        }
        var items = new ArrayList<R>();
        for (var item : array) {
            items.add(item instanceof JsonObject object ? bound(object, type) : null);
        }
        return new OneOrMany<>(null, items);
    }

    private static JsonValue parse(byte[] body) {
        // rule P10 also where no interceptor ran (a test, a body read twice)
        JsonSyntax.check(body == null ? new byte[0] : body);
        if (body == null || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body",
                    "The request body is empty; send a JSON object.");
        }
        try (var reader = READERS.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            // JsonSyntax let it through, so this is Parsson's own limit or encoding: still the caller's input
            throw new DomainException(DomainException.Kind.INVALID, "error.json", "The request body is not valid JSON.");
        }
    }

    private static <R extends Record> R bind(JsonObject object, Class<R> type, String prefix,
                                             List<FieldProblem> problems) {
        var components = type.getRecordComponents();
        var values = new Object[components.length];
        var mine = new ArrayList<FieldProblem>();
        int carrierIndex = -1;
        for (int i = 0; i < components.length; i++) {
            if (isProblems(components[i])) {
                carrierIndex = i;
                continue;
            }
            var name = components[i].getName();
            values[i] = value(object.get(name), components[i].getType(), components[i].getGenericType(),
                    prefix + name, mine);
        }
        problems.addAll(mine);
        if (carrierIndex >= 0) {
            values[carrierIndex] = List.copyOf(mine);
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot bind " + type.getName(), e);
        }
    }

    private static Object value(JsonValue v, Class<?> type, Type generic, String name, List<FieldProblem> problems) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type == String.class) {
            if (v instanceof JsonString s) return s.getString();
            return wrong(problems, name, "a text");
        }
        if (type == BigDecimal.class) {
            if (v instanceof JsonNumber n) return n.bigDecimalValue();
            return wrong(problems, name, "a number");
        }
        if (type == Integer.class || type == Long.class) {
            if (v instanceof JsonNumber n && n.isIntegral()) {
                try {
                    return type == Integer.class ? (Object) n.bigIntegerValueExact().intValueExact()
                            : (Object) n.bigIntegerValueExact().longValueExact();
                } catch (ArithmeticException e) {
                    return wrong(problems, name, "a whole number in range");
                }
            }
            return wrong(problems, name, "a whole number");
        }
        if (type == Boolean.class) {
            if (v == JsonValue.TRUE) return Boolean.TRUE;
            if (v == JsonValue.FALSE) return Boolean.FALSE;
            return wrong(problems, name, "true or false");
        }
        if (type == List.class) {
            if (!(v instanceof JsonArray array)) {
                return wrong(problems, name, "a JSON array");
            }
            var element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            var list = new ArrayList<Object>();
            for (int i = 0; i < array.size(); i++) {
                list.add(value(array.get(i), (Class<?>) element, element, name + "[" + i + "]", problems));
            }
            return java.util.Collections.unmodifiableList(list);
        }
        if (type.isRecord()) {
            if (!(v instanceof JsonObject object)) {
                return wrong(problems, name, "a JSON object");
            }
            return bind(object, type.asSubclass(Record.class), name + ".", problems);
        }
        throw new IllegalStateException("A request record may not declare a " + type.getName() + " (" + name + ")");
    }

    /**
     * A bound request written out again, member by member in the record's order (for Idempotency-Key: two bodies that
     * mean the same are the same request).
     */
    public static String canonical(Object request) {
        return request == null ? "" : json(request).toString();
    }

    private static JsonValue json(Object value) {
        if (value == null) return JsonValue.NULL;
        if (value instanceof String s) return Json.createValue(s);
        if (value instanceof BigDecimal d) return Json.createValue(d);
        if (value instanceof Integer i) return Json.createValue(i);
        if (value instanceof Long l) return Json.createValue(l);
        if (value instanceof Boolean b) return b ? JsonValue.TRUE : JsonValue.FALSE;
        if (value instanceof List<?> list) {
            var array = Json.createArrayBuilder();
            list.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof Record record) {
            var object = Json.createObjectBuilder();
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    object.add(component.getName(), json(accessor.invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return object.build();
        }
        return Json.createValue(value.toString());
    }

    private static Object wrong(List<FieldProblem> problems, String name, String what) {
        problems.add(new FieldProblem(name, "error.json", name + " must be " + what));
        return null;
    }

    /** The member that receives type problems ({@code List<FieldProblem>}), which no client sends. */
    static boolean isProblems(RecordComponent component) {
        return component.getType() == List.class && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == FieldProblem.class;
    }

    private static RecordComponent carrier(Class<?> type) {
        for (var component : type.getRecordComponents()) {
            if (isProblems(component)) {
                return component;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Class<Record> recordArgument(Type genericType) {
        if (genericType instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                && c.isRecord()) {
            return (Class<Record>) c;
        }
        throw new IllegalStateException("OneOrMany needs a record type argument: " + genericType);
    }
}
