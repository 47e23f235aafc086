package org.channelport.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class that tests pages in a real browser. These are the slowest classes by far, so {@link SlowestFirst} starts
 * them before the others: with classes running three at a time, the last one to start decides when the run ends.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pages {}
