package org.channelport.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a context's input rule, with every problem kept: each channel lists them all (problem+json
 * {@code errors}, SOAP fault details, messages at the page's fields, an import's report). Contexts name their own
 * kind (an invalid deal, an invalid lead) by extending it.
 */
public class InvalidInput extends DomainException implements FieldErrors {
    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        this(Kind.INVALID, problems);
    }

    /** For input that is well formed but contradicts its record ({@link Kind#UNPROCESSABLE}). */
    protected InvalidInput(Kind kind, List<FieldProblem> problems) {
        super(kind, problems.get(0).messageKey(), problems.get(0).field(),
                String.join("; ", problems.stream().map(FieldProblem::message).toList()),
                problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() { return problems; }

    @Override
    public Map<String, String> fieldErrors() {
        var errors = new LinkedHashMap<String, String>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        return errors;
    }

    /** The first problem at each field, whose key and arguments a page shows in its own language. */
    public Map<String, FieldProblem> firstProblems() {
        var first = new LinkedHashMap<String, FieldProblem>();
        problems.forEach(p -> first.putIfAbsent(p.field(), p));
        return first;
    }

    @Override
    public Map<String, String> fieldErrorKeys() {
        var keys = new LinkedHashMap<String, String>();
        problems.forEach(p -> keys.putIfAbsent(p.field(), p.messageKey()));
        return keys;
    }
}
