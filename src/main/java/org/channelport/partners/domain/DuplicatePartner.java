package org.channelport.partners.domain;

import org.channelport.shared.DomainException;

/** Rule PA2. Says which field collides, never which partner holds it. */
public class DuplicatePartner extends DomainException {
    public DuplicatePartner(String field, boolean pending) {
        super(Kind.CONFLICT, pending ? "error.duplicateApplication." + field : "error.duplicatePartner." + field, field,
                pending ? "An application with this " + label(field) + " is already under review."
                        : "A partner with this " + label(field) + " already exists.", new Object[0]);
    }

    private static String label(String field) {
        return "taxId".equals(field) ? "tax or registration id" : "company name";
    }
}
