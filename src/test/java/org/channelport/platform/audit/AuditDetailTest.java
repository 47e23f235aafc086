package org.channelport.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A detail the server writes reads in the reader's language; a note reads as it was typed (issue 10, labels). */
class AuditDetailTest {
    private final String invited = AuditDetail.of("history.detail.invitedAs", AuditDetail.text("ana@example.com"),
            AuditDetail.label("enum.role.USER"));

    @Test
    void aServerWrittenDetailReadsInEachLanguageWithItsCodesAsLabels() {
        assertThat(AuditDetail.read(invited, Locale.ENGLISH)).isEqualTo("ana@example.com as Partner user");
        assertThat(AuditDetail.read(invited, Locale.TRADITIONAL_CHINESE)).startsWith("ana@example.com，")
                .doesNotContain("USER").doesNotContain("Partner user");
        assertThat(AuditDetail.read(AuditDetail.of("history.detail.tier", AuditDetail.label("enum.SILVER")),
                Locale.SIMPLIFIED_CHINESE)).doesNotContain("SILVER").doesNotContain("Silver");
    }

    @Test
    void aNoteReadsAsTypedEvenWhenItLooksLikeAKey() {
        assertThat(AuditDetail.read("Customer confirmed the budget", Locale.ENGLISH))
                .isEqualTo("Customer confirmed the budget");
        assertThat(AuditDetail.read("history.detail.tier", Locale.ENGLISH)).isEqualTo("history.detail.tier");
        assertThat(AuditDetail.read(null, Locale.ENGLISH)).isNull();
    }

    @Test
    void aDetailWhoseKeyIsGoneReadsAsItsStoredWordsAndTextCannotForgeAnArgument() {
        assertThat(AuditDetail.read(AuditDetail.of("history.detail.noSuchKey", AuditDetail.text("x")), Locale.ENGLISH))
                .isEqualTo("history.detail.noSuchKey t:x");
        var forged = AuditDetail.of("history.detail.invitedAs", AuditDetail.text("a\u001Fk:enum.role.ADMIN"),
                AuditDetail.label("enum.role.USER"));
        assertThat(AuditDetail.read(forged, Locale.ENGLISH)).isEqualTo("a k:enum.role.ADMIN as Partner user");
    }
}
