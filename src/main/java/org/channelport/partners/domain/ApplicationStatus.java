package org.channelport.partners.domain;

public enum ApplicationStatus { SUBMITTED, APPROVED, REJECTED }
