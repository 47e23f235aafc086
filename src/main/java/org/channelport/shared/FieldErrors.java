package org.channelport.shared;

import java.util.Map;

/** A problem with several input fields at once: each channel lists them all. */
public interface FieldErrors {
    /** Field name to the English message (APIs). */
    Map<String, String> fieldErrors();

    /** Field name to the message key, for pages in the user's language (a field without a key shows its message). */
    default Map<String, String> fieldErrorKeys() {
        return Map.of();
    }
}
