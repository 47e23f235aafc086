package org.channelport.deals.domain;

/** The opportunity's sales stage, as the partner reports it. */
public enum DealStage { PROSPECTING, QUALIFIED, PROPOSAL, NEGOTIATION, COMMIT }
