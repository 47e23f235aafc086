package org.channelport.platform.persistence;

/** Fired once at start-up, after the schema is migrated: the moment reference or demo data may be loaded. */
public record DatabaseReady() {}
