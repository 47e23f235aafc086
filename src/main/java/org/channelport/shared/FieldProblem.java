package org.channelport.shared;

/**
 * One problem of one input field: its name as the client spells it ({@code lines[1].amount}), the message key for
 * pages and the English message for APIs. Every context reports invalid input as a list of these
 * ({@link InvalidInput}), so that every channel lists all problems at once.
 */
public record FieldProblem(String field, String messageKey, String message) {}
