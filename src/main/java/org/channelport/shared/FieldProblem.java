package org.channelport.shared;

import java.util.List;

/**
 * One problem of one input field: its name as the client spells it ({@code lines[1].amount}), the message key for
 * pages with its arguments ({@code {0}} in the bundle: a successor's SKU, a minimum) and the English message for APIs.
 * Every context reports invalid input as a list of these ({@link InvalidInput}), so that every channel lists all
 * problems at once.
 */
public record FieldProblem(String field, String messageKey, String message, List<Object> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldProblem(String field, String messageKey, String message) {
        this(field, messageKey, message, List.of());
    }

    /** The same problem at another field name ({@code items[3].} + {@code gtin}). */
    public FieldProblem under(String prefix) {
        return new FieldProblem(prefix + field, messageKey, message, arguments);
    }
}
