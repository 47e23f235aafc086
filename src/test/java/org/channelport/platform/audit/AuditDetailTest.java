package org.channelport.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A detail the server writes reads in the reader's language; a note reads as it was typed (issue 10, labels). */
class AuditDetailTest {
    private final String invited = AuditDetail.of("history.detail.invitedAs", AuditDetail.text("ana@example.com"),
            AuditDetail.label("enum.role.USER")).stored();

    @Test
    void aServerWrittenDetailReadsInEachLanguageWithItsCodesAsLabels() {
        assertThat(AuditDetail.read(invited, Locale.ENGLISH)).isEqualTo("ana@example.com as Partner user");
        assertThat(AuditDetail.read(invited, Locale.TRADITIONAL_CHINESE)).startsWith("ana@example.com，")
                .doesNotContain("USER").doesNotContain("Partner user");
        assertThat(AuditDetail.read(AuditDetail.of("history.detail.tier", AuditDetail.label("enum.SILVER")).stored(),
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
        assertThat(AuditDetail.read(AuditDetail.of("history.detail.noSuchKey", AuditDetail.text("x")).stored(),
                Locale.ENGLISH))
                .isEqualTo("history.detail.noSuchKey t:x");
        var forged = AuditDetail.of("history.detail.invitedAs", AuditDetail.text("a\u001Fk:enum.role.ADMIN"),
                AuditDetail.label("enum.role.USER")).stored();
        assertThat(AuditDetail.read(forged, Locale.ENGLISH)).isEqualTo("a k:enum.role.ADMIN as Partner user");
    }

    @Test
    void aTypedNoteCannotPoseAsTheServersTextNorBreakTheHistory() {
        // what a partner could type as a lead's decline reason: the mark, a key, separators, a broken argument
        for (var typed : new String[]{"i18n:history.detail.possibleConflict", "\u001Ei18n:history.detail.possibleConflict",
                "\u001Ei18n:history.detail.tier\u001Fx", "\u001Ei18n:attention.applications.pending\u001Ft:many"}) {
            var stored = AuditDetail.typed(typed);
            assertThat(AuditDetail.read(stored, Locale.ENGLISH)).as("typed " + typed.replace('\u001E', '^'))
                    .isEqualTo(stored).doesNotContain("conflict with");
        }
    }

    @Test
    void aMalformedStoredDetailReadsAsItsWordsInsteadOfFailing() {
        var noPrefix = "\u001Ei18n:history.detail.tier\u001Fx";
        assertThat(AuditDetail.read(noPrefix, Locale.ENGLISH)).isEqualTo("history.detail.tier x");
        var notANumber = "\u001Ei18n:attention.applications.pending\u001Ft:many";
        assertThat(AuditDetail.read(notANumber, Locale.ENGLISH)).isEqualTo("attention.applications.pending t:many");
    }
}
