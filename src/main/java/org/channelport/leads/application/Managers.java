package org.channelport.leads.application;

import org.channelport.identity.CurrentUser;
import org.channelport.shared.DomainException;

/** The one check for what only channel managers may do in this context (rules, reassignment, statistics). */
final class Managers {
    private Managers() {}

    static void require(CurrentUser user) {
        if (!user.isChannelManager()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "error.forbidden",
                    "Only channel managers can do this.");
        }
    }
}
