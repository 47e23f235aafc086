package org.channelport.orders.domain;

/** What the ERP answers for one line (rule O13). */
public enum AckAction { ACCEPT, CHANGE, BACKORDER, REJECT }
