package org.channelport.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text member of a request record that takes one of an enum's names. Request records carry enums as text (so that
 * an unknown value is a field error in the words of the rule that refuses it); this tells the OpenAPI document the
 * allowed values, taken from the enum itself so that they cannot drift ({@link ApiDocumentFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface EnumOf {
    Class<? extends Enum<?>> value();
}
