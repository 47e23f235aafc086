package org.channelport.leads.domain;

import org.channelport.shared.DomainException;

/** A refused change to a lead, with the message key every channel localizes or forwards. */
public class LeadProblem extends DomainException {
    public LeadProblem(Kind kind, String messageKey, String defaultMessage) {
        super(kind, messageKey, defaultMessage);
    }

    public static LeadProblem invalid(String messageKey, String defaultMessage, String field) {
        var problem = new LeadProblem(Kind.INVALID, messageKey, defaultMessage);
        problem.at(field);
        return problem;
    }

    public static LeadProblem conflict(String messageKey, String defaultMessage) {
        return new LeadProblem(Kind.CONFLICT, messageKey, defaultMessage);
    }

    /** The lead is not in a state that allows this: the caller should reload. */
    public static LeadProblem notNow(LeadStatus status, String action) {
        var problem = new LeadProblem(Kind.CONFLICT, "error.illegalTransition",
                "Cannot " + action + " this lead while it is " + status.name().toLowerCase() + ".");
        problem.with(action, "lead", "lead." + status.name());
        return problem;
    }
}
