package org.channelport.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rule PA1: what an application must contain. */
class CompanyProfileTest {
    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static Set<String> invalidFields(CompanyProfile profile) {
        return validator.validate(profile).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void aCompleteProfileIsValid() {
        assertThat(invalidFields(Profiles.valid("Acme", PartnerType.DISTRIBUTOR))).isEmpty();
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        var empty = new CompanyProfile(" ", null, null, null, Set.of(), "", null, "", "", null);
        assertThat(invalidFields(empty)).containsExactlyInAnyOrder("companyName", "type", "country", "productLines",
                "taxId", "contactName", "contactEmail");
    }

    @Test
    void malformedOptionalFieldsAreRefused() {
        var profile = new CompanyProfile("Acme", PartnerType.AGENT, "ZZ", null, Set.of(ProductLine.CLOUD), "DE<1>",
                "ftp://acme.example", "Ada", "not-an-email", "call me");
        assertThat(invalidFields(profile)).containsExactlyInAnyOrder("country", "taxId", "website", "contactEmail",
                "contactPhone");
    }

    @Test
    void blankOptionalFieldsBecomeAbsentAndTextIsTrimmed() {
        var profile = new CompanyProfile("  Acme  ", PartnerType.AGENT, " tw ", "  ", Set.of(ProductLine.CLOUD), " X1 ",
                " ", " Ada ", " Ada@Example.COM ", "");
        assertThat(profile.companyName()).isEqualTo("Acme");
        assertThat(profile.country()).isEqualTo("TW");
        assertThat(profile.region()).isNull();
        assertThat(profile.website()).isNull();
        assertThat(profile.contactPhone()).isNull();
        assertThat(profile.contactEmail()).isEqualTo("ada@example.com");
        assertThat(invalidFields(profile)).isEmpty();
    }

    @Test
    void messagesAreTheBundleTextsNotTemplates() {
        var violations = validator.validate(new CompanyProfile("", PartnerType.AGENT, "DE", null,
                Set.of(ProductLine.CLOUD), "X", null, "Ada", "ada@example.com", null));
        assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("Enter the company name.");
    }
}
