package org.channelport.platform.rest;

import java.util.List;
import java.util.Map;
import org.channelport.platform.BaseUrl;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The OpenAPI document as an ERP team's client generator needs it ({@code mp.openapi.filter}), written once here so
 * that a resource documents its own outcomes only:
 * <ul>
 *   <li>the error answers of every operation, as {@link ProblemMappers} and the access checks give them: a
 *       {@code Problem} schema (RFC 9457 with the field errors) on every 4xx and 5xx answer an operation documents,
 *       and the answers every operation can give added where it does not say so itself: 400 (query, header or body
 *       input it refuses), 401 and 403 (operations that need a token), 404 (paths with an id);</li>
 *   <li>the one server, {@link BaseUrl} (rule P11; {@code mp.openapi.servers} would take the setting as typed, with a
 *       trailing slash);</li>
 *   <li>no {@code endpoints} member, which Payara adds at the root where OpenAPI 3.0 allows none;</li>
 *   <li>every body's schema read off its Java type ({@link ApiSchemas}): request records as {@link JsonBodies} reads
 *       them (the allowed values of {@link EnumOf} members from the enum, so that they cannot drift; without the
 *       {@code List<FieldProblem>} member the reader fills itself), answers as JSON-B writes them, the success code of
 *       each operation (200 with the returned type, 204 for none, or the method's own {@code @APIResponse}, whose
 *       implementation becomes a {@code $ref}), and no schema the operations do not use;</li>
 *   <li>no attribute defaults that Payara writes into every annotated schema ({@code maxProperties: 0} would refuse
 *       every object).</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {
    static final String PROBLEM = "Problem";
    private static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayarasEndpoints(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url(BaseUrl.get())));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        templatesWithoutRegexes(openAPI);
        var payaras = openAPI.getComponents().getSchemas() == null ? new java.util.LinkedHashMap<String, Schema>()
                : new java.util.LinkedHashMap<>(openAPI.getComponents().getSchemas());
        var schemas = new ApiSchemas(payaras);
        var used = new java.util.LinkedHashMap<String, Schema>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
            var methods = resourceMethods();
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                var method = methods.get(operation.getOperationId());
                if (method != null) {
                    requestBody(operation, method, schemas);
                    successAnswers(operation, method, schemas);
                }
                parameters(operation);
                if (Boolean.FALSE.equals(operation.getDeprecated())) {
                    operation.setDeprecated(null);
                }
                complete(path, operation, securedByDefault);
                operationSchemas(operation).forEach(ApiDocumentFilter::dropAnnotationDefaults);
            }));
        }
        // only the schemas the operations use, as read off the Java types
        schemas.defined().forEach(name -> used.put(name, payaras.get(name)));
        used.put(PROBLEM, problemSchema());
        openAPI.getComponents().setSchemas(used);
    }

    /**
     * Payara keeps a JAX-RS template's regular expression in the path ({@code /{sweep: [a-z]{1,20}}-sweeps}), which
     * OpenAPI does not allow: the path names the parameter only.
     */
    private static void templatesWithoutRegexes(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (var entry : new java.util.LinkedHashMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
            var plain = plainTemplate(entry.getKey());
            if (!plain.equals(entry.getKey())) {
                openAPI.getPaths().removePathItem(entry.getKey());
                openAPI.getPaths().addPathItem(plain, entry.getValue());
            }
        }
    }

    /** {@code /a/{id: [0-9]+}/b} as {@code /a/{id}/b}, braces inside the expression included. */
    static String plainTemplate(String path) {
        var out = new StringBuilder();
        int depth = 0;
        boolean inExpression = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inExpression = false;
                    out.append(c);
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                inExpression = true;
                continue;
            }
            if (depth == 0 || !inExpression && depth == 1 && c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The resource methods by their operationId. */
    private static Map<String, java.lang.reflect.Method> resourceMethods() {
        var methods = new java.util.HashMap<String, java.lang.reflect.Method>();
        for (var resource : RestApplication.ownClasses()) {
            for (var method : resource.getMethods()) {
                var operation = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                if (operation != null && !operation.operationId().isEmpty()) {
                    methods.put(operation.operationId(), method);
                }
            }
        }
        return methods;
    }

    /**
     * The body's schema from the parameter's Java type; a {@link JsonBodies.OneOrMany} body is one record or an array
     * of them, which Payara can only describe as the wrapper it does not know.
     */
    private static void requestBody(Operation operation, java.lang.reflect.Method method, ApiSchemas schemas) {
        for (var parameter : method.getParameters()) {
            if (java.util.Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType().getPackageName()
                    .startsWith("jakarta.ws.rs"))) {
                continue;
            }
            Schema schema;
            if (parameter.getType() == JsonBodies.OneOrMany.class
                    && parameter.getParameterizedType() instanceof java.lang.reflect.ParameterizedType p) {
                var record = p.getActualTypeArguments()[0];
                schema = OASFactory.createSchema().oneOf(List.of(schemas.of(record), OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY).items(schemas.of(record))));
            } else {
                schema = schemas.of(parameter.getParameterizedType());
            }
            var body = operation.getRequestBody() == null ? OASFactory.createRequestBody() : operation.getRequestBody();
            operation.setRequestBody(body.required(true).content(withSchema(body.getContent(), schema)));
        }
    }

    /**
     * Success answers with their codes: Payara documents a method's return type as a {@code default} answer. A method
     * that returns nothing answers 204; one that returns its entity, 200 with it, unless the method names its own
     * success answers ({@code @APIResponse}), as every method returning a {@code Response} must.
     */
    private static void successAnswers(Operation operation, java.lang.reflect.Method method, ApiSchemas schemas) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        responses.removeAPIResponse("default");
        var returnsEntity = method.getReturnType() != void.class
                && method.getReturnType() != jakarta.ws.rs.core.Response.class;
        var declared = method.getAnnotationsByType(APIResponse.class);
        if (java.util.Arrays.stream(declared).noneMatch(r -> r.responseCode().startsWith("2"))) {
            if (returnsEntity) {
                responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
            } else if (method.getReturnType() == void.class) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no content."));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204")) {
                return;
            }
            var implementation = java.util.Arrays.stream(declared).filter(r -> r.responseCode().equals(code))
                    .flatMap(r -> java.util.Arrays.stream(r.content()))
                    .map(c -> c.schema().implementation()).filter(t -> t != Void.class).findFirst();
            Schema schema;
            if (implementation.isPresent()) {
                schema = schemas.of(implementation.get());
            } else if (returnsEntity) {
                schema = schemas.of(method.getGenericReturnType());
            } else {
                // a file: Payara lends the annotation's string schema properties of another schema
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().forEach(media -> media.setSchema(
                            OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")));
                }
                return;
            }
            response.setContent(withSchema(response.getContent(), schema));
        });
    }

    /** The content with this schema for each of its media types; JSON where it names none. */
    private static Content withSchema(Content content, Schema schema) {
        var result = content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()
                ? OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType())
                : content;
        result.getMediaTypes().values().forEach(media -> media.setSchema(schema));
        return result;
    }

    /**
     * {@code page} and {@code size} arrive as text (so that a bad value is a 400 naming the parameter, {@code Params})
     * but are whole numbers: documented so, a generated client takes integers.
     */
    private static void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (var parameter : operation.getParameters()) {
            // a @Parameter annotation brings its defaults along: a path parameter is always required
            if (parameter.getIn() == Parameter.In.PATH) {
                parameter.setRequired(true);
            }
            if (Boolean.FALSE.equals(parameter.getDeprecated())) parameter.setDeprecated(null);
            if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) parameter.setAllowEmptyValue(null);
            if (Boolean.FALSE.equals(parameter.getAllowReserved())) parameter.setAllowReserved(null);
            if (parameter.getIn() == Parameter.In.QUERY && ("page".equals(parameter.getName())
                    || "size".equals(parameter.getName()))) {
                var page = "page".equals(parameter.getName());
                var fallback = parameter.getSchema() == null ? null : parameter.getSchema().getDefaultValue();
                var schema = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(page ? 0 : 1));
                if (fallback != null) {
                    schema.defaultValue(Integer.valueOf(fallback.toString()));
                }
                parameter.setSchema(schema);
                parameter.setDescription(page ? "The page, from 0." : "Rows per page.");
            }
        }
    }

    private static List<Schema> operationSchemas(Operation operation) {
        var schemas = new java.util.ArrayList<Schema>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> schemas.add(m.getSchema()));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    r.getContent().getMediaTypes().values().forEach(m -> schemas.add(m.getSchema()));
                }
            });
        }
        return schemas;
    }

    /**
     * Payara 6 adds a member of its own, {@code endpoints} (the paths of every deployed application), at the document's
     * root, where OpenAPI 3.0 allows none: linters refuse the document and some generators stop on it. Payara sets it
     * before filters run, through a public setter of its model class; nothing else reads it for one application.
     */
    private static void dropPayarasEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.HashMap<String, java.util.Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException notPayaras) {
            // another implementation: nothing to drop
        }
    }

    static String schemaName(Class<?> type) {
        var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
    }

    /**
     * Payara writes every attribute of a {@code @Schema} annotation into the schema, defaults included: a
     * {@code maxProperties} or {@code maxLength} of 0, {@code minLength: 0}, {@code exclusiveMaximum: false}. None of
     * ours sets them, and a validator would take {@code maxProperties: 0} at its word.
     */
    private static void dropAnnotationDefaults(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) schema.setMaxProperties(null);
        if (Integer.valueOf(0).equals(schema.getMinProperties())) schema.setMinProperties(null);
        if (Integer.valueOf(0).equals(schema.getMaxLength())) schema.setMaxLength(null);
        if (Integer.valueOf(0).equals(schema.getMinLength())) schema.setMinLength(null);
        if (Integer.valueOf(0).equals(schema.getMaxItems())) schema.setMaxItems(null);
        if (Integer.valueOf(0).equals(schema.getMinItems())) schema.setMinItems(null);
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) schema.setExclusiveMaximum(null);
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) schema.setExclusiveMinimum(null);
        if (Boolean.FALSE.equals(schema.getUniqueItems())) schema.setUniqueItems(null);
        if (Boolean.FALSE.equals(schema.getNullable())) schema.setNullable(null);
        if (schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT) schema.setProperties(null);
        if (Boolean.FALSE.equals(schema.getReadOnly())) schema.setReadOnly(null);
        if (Boolean.FALSE.equals(schema.getWriteOnly())) schema.setWriteOnly(null);
        if (Boolean.FALSE.equals(schema.getDeprecated())) schema.setDeprecated(null);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocumentFilter::dropAnnotationDefaults);
        }
        dropAnnotationDefaults(schema.getItems());
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(ApiDocumentFilter::dropAnnotationDefaults);
        }
    }

    private static void complete(String path, Operation operation, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                var content = response.getContent();
                if (code.matches("[45]\\d\\d")
                        && (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
                    response.setContent(problemContent());
                }
            });
        }
        // a malformed path id is a 404 (Params.id), so only query, header and body input can be a 400
        boolean hasInput = operation.getRequestBody() != null || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
        if (hasInput) {
            add(operation, "400", "The request is not valid: the problem says why, field by field in errors.");
        }
        if (secured(operation, securedByDefault)) {
            add(operation, "401", "No valid bearer token.");
            add(operation, "403", "The token's roles or organization do not allow this.");
        }
        if (path.contains("{")) {
            add(operation, "404", "No such resource, or not one the caller may see.");
        }
    }

    /** Operations need a token unless they say otherwise ({@code security: [{}]}, the public application). */
    private static boolean secured(Operation operation, boolean securedByDefault) {
        var own = operation.getSecurity();
        if (own == null) {
            return securedByDefault;
        }
        return own.stream().anyMatch(requirement -> requirement.getSchemes() != null
                && !requirement.getSchemes().isEmpty());
    }

    private static void add(Operation operation, String code, String description) {
        var responses = operation.getResponses();
        if (responses.getAPIResponses() == null || !responses.getAPIResponses().containsKey(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        var fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .properties(ordered(
                        "field", text("The field, as sent (lines[1].amount)"),
                        "message", text("What is wrong with it")));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document: what every error of this API looks like.")
                .required(List.of("type", "title", "status"))
                .properties(ordered(
                        "type", text("about:blank"),
                        "title", text("The HTTP status's reason phrase"),
                        "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                        "detail", text("What went wrong, for a person"),
                        "correlationId", text("For a 5xx: the id the server's log holds the error under"),
                        "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError)));
    }

    /** Properties in the order given, so that the document is the same at every start. */
    private static Map<String, Schema> ordered(Object... namesAndSchemas) {
        var properties = new java.util.LinkedHashMap<String, Schema>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
