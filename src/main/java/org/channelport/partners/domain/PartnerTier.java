package org.channelport.partners.domain;

/** Program tiers, lowest first. */
public enum PartnerTier { REGISTERED, SILVER, GOLD, PLATINUM }
