package org.channelport.shared;

/** The brand owner's product lines: what partners apply to sell, and what later leads, deals and orders refer to. */
public enum ProductLine {
    NETWORKING, STORAGE, SECURITY, CLOUD, SERVICES
}
