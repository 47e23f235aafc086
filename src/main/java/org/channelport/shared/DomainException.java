package org.channelport.shared;

import java.util.List;

/**
 * A business problem the caller can act on. The message key is resolved against the resource bundles on pages and used
 * as-is (with arguments) for API clients; the kind tells each channel which status or fault to use.
 */
public class DomainException extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAVAILABLE }

    private final Kind kind;
    private final String messageKey;
    private final List<Object> arguments;
    private final String field;

    public DomainException(Kind kind, String messageKey, String defaultMessage, Object... arguments) {
        this(kind, messageKey, null, defaultMessage, arguments);
    }

    public DomainException(Kind kind, String messageKey, String field, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public Kind kind() { return kind; }
    public String messageKey() { return messageKey; }
    public List<Object> arguments() { return arguments; }
    /** The input field the problem concerns, or null when it concerns the whole request. */
    public String field() { return field; }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "error.notFound", what + " " + id + " was not found", what);
    }
}
