package org.channelport.orders.domain;

/** Whether an invoice is paid (rule O18). */
public enum InvoiceStatus { OPEN, PARTLY_PAID, PAID }
