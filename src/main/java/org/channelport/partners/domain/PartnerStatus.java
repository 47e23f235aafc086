package org.channelport.partners.domain;

public enum PartnerStatus { ACTIVE, SUSPENDED }
