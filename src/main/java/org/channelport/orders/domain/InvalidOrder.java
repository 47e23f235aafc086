package org.channelport.orders.domain;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/** An order, change or acknowledgment that breaks rules O10 or O13: every problem kept, at its field. */
public class InvalidOrder extends InvalidInput {
    public InvalidOrder(List<FieldProblem> problems) {
        super(problems);
    }
}
