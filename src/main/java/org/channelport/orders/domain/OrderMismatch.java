package org.channelport.orders.domain;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/**
 * A ship notice, invoice or payment that contradicts its order (rules O16–O18): more shipped than accepted, invoiced
 * than shipped, paid than owed; another currency; totals that do not add up. Every problem at its field; nothing is
 * applied (422 over REST).
 */
public class OrderMismatch extends InvalidInput {
    public OrderMismatch(List<FieldProblem> problems) {
        super(Kind.UNPROCESSABLE, problems);
    }
}
