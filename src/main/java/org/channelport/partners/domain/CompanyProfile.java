package org.channelport.partners.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.channelport.shared.CountryCode;
import org.channelport.shared.ProductLine;

/**
 * Who a company is, as it applied (rule PA1). Message templates are keys of the i18n bundles, so pages show them in the
 * user's language and the API in English.
 */
public record CompanyProfile(
        @NotBlank(message = "{partner.companyName.required}") @Size(max = 200, message = "{field.tooLong}") String companyName,
        @NotNull(message = "{partner.type.required}") PartnerType type,
        @NotBlank(message = "{partner.country.required}") @CountryCode String country,
        @Size(max = 100, message = "{field.tooLong}") String region,
        @NotEmpty(message = "{partner.productLines.required}") Set<ProductLine> productLines,
        @NotBlank(message = "{partner.taxId.required}") @Size(max = 50, message = "{field.tooLong}")
        @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "{partner.taxId.invalid}") String taxId,
        @Size(max = 300, message = "{field.tooLong}")
        @Pattern(regexp = "(https?://[^\\s/?#]+\\.[^\\s]+)?", message = "{partner.website.invalid}") String website,
        @NotBlank(message = "{partner.contactName.required}") @Size(max = 200, message = "{field.tooLong}")
        @PersonName String contactName,
        @NotBlank(message = "{partner.contactEmail.required}") @Size(max = 254, message = "{field.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{partner.contactEmail.invalid}") String contactEmail,
        @Size(max = 40, message = "{field.tooLong}")
        @Pattern(regexp = "(\\+?[0-9 ()./-]{5,40})?", message = "{partner.contactPhone.invalid}") String contactPhone) {

    /** Trims text and turns blank optional fields into null, so that validation and storage see the same values. */
    public CompanyProfile {
        companyName = trim(companyName);
        country = country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
        region = blankToNull(region);
        productLines = productLines == null ? Set.of() : Set.copyOf(productLines);
        taxId = trim(taxId);
        website = blankToNull(website);
        contactName = trim(contactName);
        contactEmail = contactEmail == null ? null : contactEmail.trim().toLowerCase(java.util.Locale.ROOT);
        contactPhone = blankToNull(contactPhone);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
