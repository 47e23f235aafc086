package org.channelport.orders.domain;

/** Whether a product can be ordered: ACTIVE, or DISCONTINUED (with the product that replaces it, if any). */
public enum ProductStatus { ACTIVE, DISCONTINUED }
