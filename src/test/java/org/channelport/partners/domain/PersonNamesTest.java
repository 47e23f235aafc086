package org.channelport.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.stream.Collectors;
import org.channelport.partners.application.InviteUserCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule PA9: the names of people are the names Keycloak 26 stores (its user profile's person-name-prohibited-characters
 * and length validators on firstName and lastName).
 */
class PersonNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "陳大文", "O’Brien", "O'Brien", "Anne-Marie St. John", "José Núñez",
            "Đỗ Thị Hà", "محمد بن سلمان", "Владимир", "山田 太郎", "Jo Probe Ops", "Dr. Ada King, PhD", "Ada 2nd",
            "ada@example.com", "Ådne_Øvrebø"})
    void namesOfEveryScriptWithApostrophesDotsCommasAndDashesAreAccepted(String name) {
        assertThat(PersonNames.isAcceptable(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jo Probe (Ops)", "<script>", "Smith & Sons", "Bob \"The\" Builder", "50$", "100%", "Hi!",
            "#1", "Why?", "§ 4", "a;b", "a*b", "a~b", "a/b", "a\\b", "a|b", "a^b", "a=b", "[x]", "{x}", "line\nbreak",
            "tab\there", "nul\u0000", "para\u2029graph"})
    void namesWithACharacterKeycloakRefusesAreRefused(String name) {
        assertThat(PersonNames.isAcceptable(name)).as(name).isFalse();
    }

    @Test
    void namesUpTo255CharactersAreAcceptedAndLongerOnesRefused() {
        assertThat(PersonNames.isAcceptable("a".repeat(255))).isTrue();
        assertThat(PersonNames.isAcceptable("a".repeat(256))).isFalse();
    }

    @Test
    void anEmptyNameIsLeftToTheRequiredRule() {
        assertThat(PersonNames.isAcceptable(null)).isTrue();
        assertThat(PersonNames.isAcceptable("")).isTrue();
    }

    @Test
    void theContactNameOfAnApplicationAndBothNamesOfAnInvitationAreChecked() {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        var valid = Profiles.valid("Acme", PartnerType.AGENT);
        var profile = new CompanyProfile(valid.companyName(), valid.type(), valid.country(), valid.region(),
                valid.productLines(), valid.taxId(), valid.website(), "Jo Probe (Ops)", valid.contactEmail(),
                valid.contactPhone());
        var invitation = new InviteUserCommand("jo@acme.example", "Jo!", "Probe (Ops)", PartnerRole.USER);

        assertThat(validator.validate(profile)).extracting(v -> v.getPropertyPath().toString(), v -> v.getMessageTemplate())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("contactName", "{person.name.invalid}"));
        assertThat(validator.validate(invitation).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("firstName", "lastName");
    }

    @Test
    void aNameAcceptedBeforeTheRuleIsStoredInAFormKeycloakTakes() {
        assertThat(PersonNames.forSignIn("Jo Probe (Ops)")).isEqualTo("Jo Probe Ops");
        assertThat(PersonNames.forSignIn("<b>陳大文</b>")).isEqualTo("b 陳大文 b");
        assertThat(PersonNames.forSignIn("x".repeat(300))).hasSize(255);
        assertThat(PersonNames.isAcceptable(PersonNames.forSignIn("A&B; C=D \"E\" [F] {G} |H| ~I~ ^J^ 100% #1 !?§*/\\"
                + "\n"))).isTrue();
    }
}
