package org.channelport.platform.notify;

/** Whether a kind of notification is also mailed (issue 10): at once, in one daily digest, or not at all. */
public enum Delivery {
    IMMEDIATELY, DAILY_DIGEST, NONE
}
