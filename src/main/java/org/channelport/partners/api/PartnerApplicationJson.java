package org.channelport.partners.api;

import org.channelport.platform.rest.EnumOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/** The body of POST /api/v1/partner-applications. Enum values arrive as text so that a wrong one gets a field error. */
@Schema(name = "PartnerApplicationInput", description = "An application to become a partner.")
public record PartnerApplicationJson(@Schema(example = "Fabrikam Distribution Ltd") String companyName,
                                     @EnumOf(PartnerType.class) String type,
                                     @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "GB")
                                     String country, String region,
                                     @EnumOf(ProductLine.class) List<String> productLines, String taxId,
                                     @Schema(example = "https://fabrikam.example") String website,
                                     @Schema(description = "The partner's first administrator, invited on approval.")
                                     String contactName,
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
