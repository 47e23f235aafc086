package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Validates commands in the service, so that every channel gets the same field errors. */
@ApplicationScoped
public class Validation {
    @Inject
    Validator validator;

    public <T> T require(T command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }
}
