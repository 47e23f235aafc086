package org.channelport.leads.domain;

/** BRAND leads are routed; PARTNER leads were registered by the partner that found them and are its own (rule L3). */
public enum LeadOrigin { BRAND, PARTNER }
