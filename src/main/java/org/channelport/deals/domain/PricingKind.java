package org.channelport.deals.domain;

/** A discount in percent of the line's amount, or the price the partner needs to win (rule D9). */
public enum PricingKind { PERCENT, TARGET_PRICE }
