package org.channelport.orders.domain;

/** Where a resolved price came from: the partner's contract, or its tier's price list. */
public enum PriceSource { CONTRACT, PRICE_LIST }
