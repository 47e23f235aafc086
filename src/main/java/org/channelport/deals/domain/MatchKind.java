package org.channelport.deals.domain;

/** How a competing registration or lead matched: tax id and web domain are exact, a similar name is fuzzy. */
public enum MatchKind {
    TAX_ID, DOMAIN, NAME;

    public boolean isExact() { return this != NAME; }
}
