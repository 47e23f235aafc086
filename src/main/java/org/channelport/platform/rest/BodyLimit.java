package org.channelport.platform.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule P3: the request-body limit of a resource method (or of every method of a resource class) is the setting named
 * here, in bytes; methods without it have {@value BodySizeLimits#DEFAULT}. Being a property of the matched method, the
 * limit cannot be chosen by how a client spells the path (a matrix parameter such as
 * {@code partner-applications;x=lead-imports} once borrowed the 32 MiB import limit).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {
    /** The configuration key holding the limit in bytes, e.g. {@code app.rest.max-import-bytes}. */
    String value();
}
