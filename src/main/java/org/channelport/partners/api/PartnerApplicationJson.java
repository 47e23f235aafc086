package org.channelport.partners.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/** The body of POST /api/v1/partner-applications. Enum values arrive as text so that a wrong one gets a field error. */
public record PartnerApplicationJson(String companyName, String type, String country, String region,
                                     List<String> productLines, String taxId, String website, String contactName,
                                     String contactEmail, String contactPhone) {

    CompanyProfile toProfile() {
        return new CompanyProfile(companyName, parse(PartnerType.class, type, "type"), country, region,
                productLineSet(), taxId, website, contactName, contactEmail, contactPhone);
    }

    private Set<ProductLine> productLineSet() {
        var lines = EnumSet.noneOf(ProductLine.class);
        if (productLines != null) {
            for (var line : productLines) {
                var parsed = parse(ProductLine.class, line, "productLines");
                if (parsed == null) {
                    throw new DomainException(DomainException.Kind.INVALID, "error.enum",
                            "productLines must not contain empty values.").at("productLines");
                }
                lines.add(parsed);
            }
        }
        return lines;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return org.channelport.platform.rest.Params.choice(type, value, field);
    }
}
