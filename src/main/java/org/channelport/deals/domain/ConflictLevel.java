package org.channelport.deals.domain;

/**
 * What the check at submission found (rule D3). EXACT: the same tax id or web domain; FUZZY: only a similar company name
 * in the same country. NONE: nothing.
 */
public enum ConflictLevel { NONE, FUZZY, EXACT }
