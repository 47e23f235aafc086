package org.channelport.deals.domain;

import org.channelport.shared.DomainException;

/** A refused change to a deal registration, with the message key every channel localizes or forwards. */
public class DealProblem extends DomainException {
    public DealProblem(Kind kind, String messageKey, String defaultMessage) {
        super(kind, messageKey, defaultMessage);
    }

    public static DealProblem invalid(String messageKey, String defaultMessage, String field) {
        var problem = new DealProblem(Kind.INVALID, messageKey, defaultMessage);
        problem.at(field);
        return problem;
    }

    public static DealProblem forbidden(String messageKey, String defaultMessage) {
        return new DealProblem(Kind.FORBIDDEN, messageKey, defaultMessage);
    }

    /** The registration is not in a state that allows this: the caller should reload. */
    public static DealProblem notNow(DealStatus status, String action) {
        var problem = new DealProblem(Kind.CONFLICT, "error.illegalTransition",
                "Cannot " + action + " this deal registration while it is " + status.name().toLowerCase() + ".");
        problem.with(action, "deal registration", "deal." + status.name());
        return problem;
    }
}
