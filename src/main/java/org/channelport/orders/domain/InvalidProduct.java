package org.channelport.orders.domain;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/** A product definition that breaks rule O1 or O2: every problem is kept, and every channel lists them all. */
public class InvalidProduct extends InvalidInput {
    public InvalidProduct(List<FieldProblem> problems) {
        super(problems);
    }
}
