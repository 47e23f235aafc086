package org.channelport.platform.rest;

import java.util.List;
import java.util.Map;
import org.channelport.platform.BaseUrl;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
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
 *   <li>no {@code endpoints} member, which Payara adds at the root where OpenAPI 3.0 allows none.</li>
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
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> complete(path, operation, securedByDefault)));
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
                .properties(Map.of(
                        "field", text("The field, as sent (lines[1].amount)"),
                        "message", text("What is wrong with it")));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document: what every error of this API looks like.")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", text("about:blank"),
                        "title", text("The HTTP status's reason phrase"),
                        "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                        "detail", text("What went wrong, for a person"),
                        "correlationId", text("For a 5xx: the id the server's log holds the error under"),
                        "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError)));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
