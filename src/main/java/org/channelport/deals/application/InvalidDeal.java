package org.channelport.deals.application;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/** A registration that breaks rule D1: every problem is kept, and every channel lists them all. */
public class InvalidDeal extends InvalidInput {
    public InvalidDeal(List<FieldProblem> problems) {
        super(problems);
    }
}
