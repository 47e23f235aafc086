package org.channelport.partners.domain;

import org.channelport.shared.DomainException;

/** An action that the subject's current state does not allow (e.g. approving a rejected application). */
public class IllegalTransition extends DomainException {
    public IllegalTransition(String subject, Object state, String action) {
        super(Kind.CONFLICT, "error.illegalTransition", null,
                "Cannot " + action + " this " + subject + " while it is " + state.toString().toLowerCase() + ".",
                new Object[]{action, subject, state});
    }
}
