package org.channelport.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rule D10: content and extension must agree. */
class AttachmentTypeTest {
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};

    @Test
    void matchingContentAndNameAreAccepted() {
        assertThat(AttachmentType.of("quote.PDF", PDF)).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of("site.png", PNG)).contains(AttachmentType.PNG);
        assertThat(AttachmentType.of("photo.jpeg", JPEG)).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.of("photo.jpg", JPEG)).contains(AttachmentType.JPEG);
    }

    @Test
    void aFileThatIsNotWhatItsNameClaimsIsRefused() {
        assertThat(AttachmentType.of("invoice.pdf", EXE)).isEmpty();
        assertThat(AttachmentType.of("invoice.pdf", PNG)).isEmpty();
        assertThat(AttachmentType.of("invoice.png", PDF)).isEmpty();
        assertThat(AttachmentType.of("tool.exe", EXE)).isEmpty();
        assertThat(AttachmentType.of("no-extension", PDF)).isEmpty();
        assertThat(AttachmentType.of("short.pdf", new byte[]{'%', 'P'})).isEmpty();
        assertThat(AttachmentType.isAcceptedName("invoice.pdf")).isTrue();
        assertThat(AttachmentType.isAcceptedName("tool.exe")).isFalse();
    }
}
