package org.channelport.orders.domain;

/** How an order entered: the portal, the partner's system over REST or SOAP, or EDI (issue 12). */
public enum OrderChannel { PORTAL, API, SOAP, EDI }
