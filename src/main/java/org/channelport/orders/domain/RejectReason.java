package org.channelport.orders.domain;

/** Why the ERP refuses a line (rule O13): each has a label on pages and a code the EDI channel maps. */
public enum RejectReason { DISCONTINUED, NOT_AVAILABLE, PRICE_NOT_AGREED, CREDIT_HOLD, DUPLICATE, OTHER }
