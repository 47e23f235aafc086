package org.channelport.deals.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldErrors;

/** A registration that breaks rule D1: every problem is kept, and every channel lists them all. */
public class InvalidDeal extends DomainException implements FieldErrors {
    private final transient List<DealInput.FieldProblem> problems;

    public InvalidDeal(List<DealInput.FieldProblem> problems) {
        super(Kind.INVALID, problems.get(0).messageKey(), problems.get(0).field(),
                String.join("; ", problems.stream().map(DealInput.FieldProblem::message).toList()), new Object[0]);
        this.problems = List.copyOf(problems);
    }

    public List<DealInput.FieldProblem> problems() { return problems; }

    @Override
    public Map<String, String> fieldErrors() {
        var errors = new LinkedHashMap<String, String>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        return errors;
    }

    @Override
    public Map<String, String> fieldErrorKeys() {
        var keys = new LinkedHashMap<String, String>();
        problems.forEach(p -> keys.putIfAbsent(p.field(), p.messageKey()));
        return keys;
    }
}
