package org.channelport.leads.application;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;

/** A lead that breaks rule L1: every problem is kept (imports and batch replies list them all). */
public class InvalidLead extends InvalidInput {
    public InvalidLead(List<FieldProblem> problems) {
        super(problems);
    }
}
