package org.channelport.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.platform.web.CorrelationFilter;
import org.channelport.shared.DomainException;

/** The API's one error channel (rule P2): every failure becomes application/problem+json, none shows internals. */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    @Provider
    public static class DomainProblems implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            Response.StatusType status = switch (e.kind()) {
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
                case INVALID -> Response.Status.BAD_REQUEST;
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
                case UNPROCESSABLE -> new Idempotency.Unprocessable();
            };
            var problem = Problem.of(status, e.getMessage());
            if (e instanceof org.channelport.shared.FieldErrors many) {
                problem = problem.withErrors(many.fieldErrors().entrySet().stream()
                        .map(f -> new Problem.FieldError(f.getKey(), f.getValue())).toList());
            } else if (e.field() != null) {
                problem = problem.withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
            }
            return problem.toResponse();
        }
    }

    @Provider
    public static class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            var errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.").withErrors(errors).toResponse();
        }

        /** The last property name of the path: "register.body.contactEmail" becomes "contactEmail". */
        private static String field(ConstraintViolation<?> violation) {
            String name = "";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                    name = node.getName();
                }
            }
            return name.isEmpty() ? "body" : name;
        }
    }

    @Provider
    public static class HttpProblems implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            var original = e.getResponse();
            var status = original.getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return Unexpected.logged(e, CorrelationFilter.current());
            }
            var detail = detail(status);
            var builder = Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(Problem.of(status, detail));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /** What a client error status means for an API client, in one sentence. */
    public static String detail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "The request could not be read.";
            case 401 -> "Authentication is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "Not found.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This representation is not available; ask for application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Unsupported content type; send application/json.";
            case 429 -> "Too many requests; try again later.";
            default -> status.getReasonPhrase() == null ? "The request failed." : status.getReasonPhrase();
        };
    }

    /** Malformed JSON arrives as one of these, depending on where parsing failed. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e, "The request body is not valid JSON for this resource.");
        }
    }

    @Provider
    public static class UnparsableJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return unreadable(e, "The request body is not valid JSON.");
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e, "The request body could not be read.");
        }
    }

    /**
     * A body cut off by the size limit (rule P3) surfaces wrapped in a parsing error: still a 413; a body that
     * {@link JsonSyntax} refused (rule P10) keeps its own problem.
     */
    static Response unreadable(Throwable e, String detail) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException wae) {
                return new HttpProblems().toResponse(wae);
            }
            if (cause instanceof DomainException problem) {
                return new DomainProblems().toResponse(problem);
            }
        }
        return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
    }

    /**
     * Failures at commit: a unique key or version clash with a concurrent request is a 409 the client can retry or
     * resolve; anything else is unexpected. (Jersey's own mapper for this type rethrows, hence the priority.)
     */
    @Provider
    @Priority(1)
    public static class CommitProblems implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return conflictOrUnexpected(e);
        }
    }

    /** The same race surfacing before commit, when a query flushes the pending insert. */
    @Provider
    public static class PersistenceProblems implements ExceptionMapper<jakarta.persistence.PersistenceException> {
        @Override
        public Response toResponse(jakarta.persistence.PersistenceException e) {
            return conflictOrUnexpected(e);
        }
    }

    static Response conflictOrUnexpected(Throwable e) {
        if (org.channelport.platform.persistence.Conflicts.isConflict(e)) {
            return Problem.of(Response.Status.CONFLICT,
                    "The change conflicts with another one made at the same time; reload and try again.").toResponse();
        }
        return Unexpected.logged(e, CorrelationFilter.current());
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return logged(e, CorrelationFilter.current());
        }

        static Response logged(Throwable e, String correlationId) {
            LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                            "An unexpected error occurred. Quote the correlation id when you report it.")
                    .withCorrelationId(correlationId)
                    .toResponse();
        }
    }
}
