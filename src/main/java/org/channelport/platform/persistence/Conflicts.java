package org.channelport.platform.persistence;

import java.sql.SQLException;

/**
 * Recognizes a change that lost a race with a concurrent one (a unique key taken, a version moved on): every channel
 * answers it as a conflict the client can retry (409, a client SOAP fault, a page message), never as an error.
 */
public final class Conflicts {
    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {}

    public static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.EntityExistsException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
