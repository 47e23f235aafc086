package org.channelport.platform.audit;

import java.util.Optional;

/**
 * Names people know an actor of the audit trail by, where the trail stores an id (issue 10: no service-account id in a
 * "who" column). A context that issues such ids (partners: API credentials, whose service accounts act as
 * {@code service-account-<client id>}) provides a bean; a history page asks them all.
 */
public interface ActorNames {
    /** The name of this actor as stored in the trail, if this context knows it. */
    Optional<String> nameOf(String actor);
}
