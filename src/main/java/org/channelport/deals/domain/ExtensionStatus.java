package org.channelport.deals.domain;

/** The one extension of protection a registration may ask for (rule D7). */
public enum ExtensionStatus { REQUESTED, APPROVED, REJECTED }
