package org.channelport.partners.domain;

public enum PartnerType { DISTRIBUTOR, AGENT, RETAILER }
