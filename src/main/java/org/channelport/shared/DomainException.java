package org.channelport.shared;

import java.util.List;

/**
 * A business problem the caller can act on. The message key is resolved against the resource bundles on pages (with
 * the arguments) and the default message goes to API clients; the kind tells each channel which status or fault to
 * use; {@link #at} names the input field it concerns.
 *
 * <pre>throw DomainException.invalid("partner.tier.required", "Choose a tier.", "tier");</pre>
 */
public class DomainException extends RuntimeException {

    /**
     * UNPROCESSABLE: well-formed input that contradicts the record it is about (an invoice for more than was shipped):
     * 422 over REST, a client fault over SOAP, a message on a page.
     */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAVAILABLE, UNPROCESSABLE }

    private final Kind kind;
    private final String messageKey;
    private List<Object> arguments;
    private String field;

    public DomainException(Kind kind, String messageKey, String defaultMessage) {
        this(kind, messageKey, null, defaultMessage, new Object[0]);
    }

    /** For subclasses: everything at once (an array, not varargs, so that no call can bind the wrong parameter). */
    protected DomainException(Kind kind, String messageKey, String field, String defaultMessage, Object[] arguments) {
        super(defaultMessage);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** The input field the problem concerns. */
    public DomainException at(String fieldName) {
        this.field = fieldName;
        return this;
    }

    /** Arguments of the message key ({0}, {1}...). */
    public DomainException with(Object... values) {
        this.arguments = List.of(values);
        return this;
    }

    public Kind kind() { return kind; }
    public String messageKey() { return messageKey; }
    public List<Object> arguments() { return arguments; }
    /** The input field the problem concerns, or null when it concerns the whole request. */
    public String field() { return field; }

    /** Input the caller can correct, at the field it concerns. */
    public static DomainException invalid(String messageKey, String defaultMessage, String field) {
        return new DomainException(Kind.INVALID, messageKey, defaultMessage).at(field);
    }

    /** A request that clashes with the current state of things (a duplicate, a closed window): reload and decide again. */
    public static DomainException conflict(String messageKey, String defaultMessage) {
        return new DomainException(Kind.CONFLICT, messageKey, defaultMessage);
    }

    /** The caller is known but may not do this. */
    public static DomainException forbidden(String messageKey, String defaultMessage) {
        return new DomainException(Kind.FORBIDDEN, messageKey, defaultMessage);
    }


    /**
     * An unknown id, or one the caller may not see (the same answer, so that existence is never confirmed). The id may
     * be whatever a caller sent, so only its {@linkplain TextInput#excerpt excerpt} is repeated.
     */
    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "error.notFound",
                "The " + what + " " + TextInput.excerpt(id) + " was not found.").with(what);
    }
}
