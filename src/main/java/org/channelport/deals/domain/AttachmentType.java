package org.channelport.deals.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule D10: the files a registration accepts, recognized by their first bytes and by their name's extension, which must
 * agree (a renamed executable is refused, whatever it is called).
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    AttachmentType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() { return contentType; }

    /** The type whose content and extension both match, if any. */
    public static Optional<AttachmentType> of(String fileName, byte[] content) {
        var dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        var extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(extension) && t.startsOf(content))
                .findFirst();
    }

    /** The type the extension claims, whatever the content (for the error message). */
    public static boolean isAcceptedName(String fileName) {
        var dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) return false;
        var extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).anyMatch(t -> Arrays.asList(t.extensions).contains(extension));
    }

    private boolean startsOf(byte[] content) {
        if (content == null || content.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) return false;
        }
        return true;
    }
}
