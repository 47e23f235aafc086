package org.channelport.leads.application;

import java.util.List;
import org.channelport.shared.DomainException;

/** A lead that breaks rule L1: every problem is kept (imports and batch replies list them all). */
public class InvalidLead extends DomainException implements org.channelport.shared.FieldErrors {
    private final transient List<LeadInput.FieldProblem> problems;

    public InvalidLead(List<LeadInput.FieldProblem> problems) {
        super(Kind.INVALID, problems.get(0).messageKey(), problems.get(0).field(),
                String.join("; ", problems.stream().map(LeadInput.FieldProblem::message).toList()), new Object[0]);
        this.problems = List.copyOf(problems);
    }

    public List<LeadInput.FieldProblem> problems() { return problems; }

    @Override
    public java.util.Map<String, String> fieldErrors() {
        var errors = new java.util.LinkedHashMap<String, String>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        return errors;
    }

    @Override
    public java.util.Map<String, String> fieldErrorKeys() {
        var keys = new java.util.LinkedHashMap<String, String>();
        problems.forEach(p -> keys.putIfAbsent(p.field(), p.messageKey()));
        return keys;
    }
}
