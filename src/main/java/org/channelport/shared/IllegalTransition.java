package org.channelport.shared;

import java.util.Locale;

/**
 * An action that the subject's current state does not allow (approving a rejected application, accepting a recalled
 * lead): the caller should reload. Every context throws this one type, so that every channel answers it alike (409).
 */
public class IllegalTransition extends DomainException {

    /** The state's name is its label key too ({@code enum.ACTIVE}, or {@code subject.revoked} for a plain word). */
    public IllegalTransition(String subject, Object state, String action) {
        this(subject, state, state, action);
    }

    /**
     * For a state whose name other contexts use too (a lead's and a deal's ACCEPTED are not the same word): its label
     * key is {@code enum.<labels>.<STATE>}, e.g. {@code enum.deal.HELD}.
     */
    public IllegalTransition(String subject, String labels, Enum<?> state, String action) {
        this(subject, state, labels + "." + state.name(), action);
    }

    private IllegalTransition(String subject, Object state, Object stateLabel, String action) {
        super(Kind.CONFLICT, "error.illegalTransition", null,
                "Cannot " + action + " this " + subject + " while it is "
                        + state.toString().toLowerCase(Locale.ROOT) + ".",
                new Object[]{action, subject, stateLabel});
    }
}
