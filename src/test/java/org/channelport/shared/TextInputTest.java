package org.channelport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How much of a caller's input an answer may repeat (platform rule P2, every channel). */
class TextInputTest {

    @Test
    void shortInputIsRepeatedAsItIs() {
        assertThat(TextInput.excerpt("3f2c-not-a-uuid")).isEqualTo("3f2c-not-a-uuid");
        assertThat(TextInput.excerpt(null)).isEqualTo("null");
    }

    @Test
    void longInputIsCutToFortyCharactersAndAnEllipsis() {
        var tenMegabytes = "9".repeat(10 * 1024 * 1024);

        var excerpt = TextInput.excerpt(tenMegabytes);

        assertThat(excerpt).isEqualTo("9".repeat(40) + "…");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverCutInHalf() {
        var emoji = "😀".repeat(50);

        var excerpt = TextInput.excerpt(emoji);

        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(41);
        assertThat(excerpt).startsWith("😀😀").endsWith("😀…");
    }

    @Test
    void controlCharactersButTabsAreShownAsQuestionMarks() {
        assertThat(TextInput.excerpt("a\nb\u0000c\u001b[31m\td")).isEqualTo("a?b?c?[31m\td");
    }

    @Test
    void aNotFoundProblemRepeatsOnlyAnExcerptOfTheId() {
        var problem = DomainException.notFound("partner", "x".repeat(100_000));

        assertThat(problem.getMessage()).isEqualTo("The partner " + "x".repeat(40) + "… was not found.");
    }
}
