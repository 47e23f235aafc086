package org.channelport.shared;

import java.util.Map;

/** A problem with several input fields at once: each channel lists them all (field name to message). */
public interface FieldErrors {
    Map<String, String> fieldErrors();
}
