package org.channelport.platform.access;

import org.channelport.identity.CurrentUser;
import org.channelport.shared.DomainException;

/**
 * The one check for what only channel managers may do (decide applications, registrations and pricing, maintain
 * routing rules, reassign leads, read the console's figures), in every context and on every channel. Resources
 * declare the same with {@code @RolesAllowed}; this check is what pages and services rely on.
 */
public final class ChannelManagers {
    private ChannelManagers() {}

    /** Refuses anyone else (403, {@code error.forbidden}); answers the manager, for decisions that record who. */
    public static CurrentUser require(CurrentUser user) {
        if (!user.isChannelManager()) {
            throw DomainException.forbidden("error.forbidden", "Only channel managers can do this.");
        }
        return user;
    }
}
