package org.channelport.partners.domain;

public enum UserStatus { ACTIVE, DEACTIVATED }
