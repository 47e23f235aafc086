package org.channelport.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schemas of the API's bodies, read off the Java types the way JSON-B writes them and {@link JsonBodies} reads
 * them: records by their components, other classes by their public fields and getters, ids as {@code uuid}, instants
 * as {@code date-time}, dates as {@code date}, enums with their names, {@link EnumOf} text with the enum's names.
 *
 * <p>Why not Payara's own: it documents types outside the scanned API packages as bare objects, {@code Instant},
 * {@code UUID} and {@code LocalDate} as objects, a list member that carries an annotation as an array of arrays, and
 * an {@code @APIResponse}'s implementation inline; a client generated from that types half its fields as Object. What
 * Payara took from annotations (descriptions, examples, read-only) is kept.
 */
final class ApiSchemas {
    private final Map<String, Schema> components;
    private final Map<Class<?>, String> names = new HashMap<>();

    ApiSchemas(Map<String, Schema> components) {
        this.components = components;
    }

    /** The names of the schemas defined so far. */
    java.util.Collection<String> defined() {
        return names.values();
    }

    /** The schema of a body of this type: a {@code $ref} for our own classes, inline for everything else. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(p.getActualTypeArguments()[0]));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(p.getActualTypeArguments()[1]));
        }
        if (!(type instanceof Class<?> c)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }
        if (c == String.class) return simple(Schema.SchemaType.STRING, null);
        if (c == UUID.class) return simple(Schema.SchemaType.STRING, "uuid");
        if (c == Instant.class || c == OffsetDateTime.class) return simple(Schema.SchemaType.STRING, "date-time");
        if (c == LocalDate.class) return simple(Schema.SchemaType.STRING, "date");
        if (c == BigDecimal.class) return simple(Schema.SchemaType.NUMBER, null);
        if (c == Integer.class || c == int.class) return simple(Schema.SchemaType.INTEGER, "int32");
        if (c == Long.class || c == long.class) return simple(Schema.SchemaType.INTEGER, "int64");
        if (c == Double.class || c == double.class) return simple(Schema.SchemaType.NUMBER, "double");
        if (c == Boolean.class || c == boolean.class) return simple(Schema.SchemaType.BOOLEAN, null);
        if (c == byte[].class) return simple(Schema.SchemaType.STRING, "binary");
        if (c.isArray()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(c.getComponentType()));
        }
        if (c.isEnum()) {
            return simple(Schema.SchemaType.STRING, null).enumeration(names(c));
        }
        if (c.getName().startsWith("org.channelport.")) {
            return OASFactory.createSchema().ref(define(c));
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    /** Defines a class's component schema once (keeping what Payara took from its annotations) and gives its name. */
    String define(Class<?> type) {
        var known = names.get(type);
        if (known != null) {
            return known;
        }
        var name = schemaName(type);
        names.put(type, name);
        var payaras = components.get(name);
        var schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        if (payaras != null) {
            schema.description(payaras.getDescription());
        }
        var properties = new LinkedHashMap<String, Schema>();
        properties(type).forEach((property, javaType) -> {
            var mine = of(javaType.type());
            var theirs = payaras == null || payaras.getProperties() == null ? null
                    : payaras.getProperties().get(property);
            if (theirs != null) {
                mine.description(theirs.getDescription()).example(example(mine, theirs.getExample()));
                if (Boolean.TRUE.equals(theirs.getReadOnly())) mine.readOnly(true);
                if (mine.getEnumeration() == null && theirs.getEnumeration() != null) {
                    mine.enumeration(theirs.getEnumeration());
                }
            }
            if (javaType.choice() != null) {
                var target = mine.getType() == Schema.SchemaType.ARRAY ? mine.getItems() : mine;
                target.enumeration(names(javaType.choice()));
            }
            if (mine.getRef() != null && (mine.getDescription() != null || mine.getExample() != null)) {
                // OpenAPI 3.0 ignores siblings of $ref: a described reference is an allOf of one
                mine = OASFactory.createSchema().allOf(List.of(OASFactory.createSchema().ref(mine.getRef())))
                        .description(mine.getDescription());
            }
            properties.put(property, mine);
        });
        schema.properties(properties);
        components.put(name, schema);
        return name;
    }

    /** A member's type, and the enum its text takes (an {@link EnumOf} member). */
    private record Member(Type type, Class<? extends Enum<?>> choice) {}

    private static Map<String, Member> properties(Class<?> type) {
        var found = new LinkedHashMap<String, Member>();
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (!JsonBodies.isProblems(component)) {
                    var choice = component.getAnnotation(EnumOf.class);
                    found.put(component.getName(), new Member(component.getGenericType(),
                            choice == null ? null : choice.value()));
                }
            }
            return found;
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                    && !field.isAnnotationPresent(JsonbTransient.class)) {
                var choice = field.getAnnotation(EnumOf.class);
                found.put(field.getName(), new Member(field.getGenericType(), choice == null ? null : choice.value()));
            }
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                    || method.getDeclaringClass() == Object.class || method.isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            var name = method.getName();
            String property = null;
            if (name.startsWith("get") && name.length() > 3) {
                property = name.substring(3);
            } else if (name.startsWith("is") && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                property = name.substring(2);
            }
            if (property != null) {
                found.putIfAbsent(Character.toLowerCase(property.charAt(0)) + property.substring(1),
                        new Member(method.getGenericReturnType(), null));
            }
        }
        var order = type.getAnnotation(JsonbPropertyOrder.class);
        if (order == null) {
            var sorted = new LinkedHashMap<String, Member>();
            found.keySet().stream().sorted().forEach(k -> sorted.put(k, found.get(k)));
            return sorted;
        }
        var ordered = new LinkedHashMap<String, Member>();
        Arrays.stream(order.value()).filter(found::containsKey).forEach(k -> ordered.put(k, found.get(k)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The schema name: {@code @Schema(name)}, else the simple name, qualified by its enclosing class if taken. */
    private String schemaName(Class<?> type) {
        var name = ApiDocumentFilter.schemaName(type);
        if (names.containsValue(name) && type.getEnclosingClass() != null) {
            name = type.getEnclosingClass().getSimpleName() + name;
        }
        return name;
    }

    /** Payara keeps every example as text; a number's example is a number. */
    private static Object example(Schema schema, Object example) {
        if (example instanceof String text && (schema.getType() == Schema.SchemaType.NUMBER
                || schema.getType() == Schema.SchemaType.INTEGER)) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return example;
            }
        }
        return example;
    }

    private static List<Object> names(Class<?> enumType) {
        var values = new ArrayList<Object>();
        for (var constant : enumType.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return values;
    }

    private static Schema simple(Schema.SchemaType type, String format) {
        var schema = OASFactory.createSchema().type(type);
        return format == null ? schema : schema.format(format);
    }
}
