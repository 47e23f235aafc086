package org.channelport.partners.domain;

import java.util.Set;
import org.channelport.shared.ProductLine;

/** Test data builder for company profiles. */
public final class Profiles {
    private Profiles() {}

    public static CompanyProfile valid(String name, PartnerType type) {
        return new CompanyProfile(name, type, "DE", "Berlin", Set.of(ProductLine.NETWORKING), "DE-" + name.hashCode(),
                "https://example.com", "Ada Lovelace", "ada@example.com", "+49 30 1234567");
    }
}
