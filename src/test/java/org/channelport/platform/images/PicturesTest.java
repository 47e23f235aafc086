package org.channelport.platform.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.channelport.shared.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule P14: uploaded pictures are read by content, bounded before decoding, and drawn anew without what they carried. */
class PicturesTest {
    private static final String SECRET = "GPS 25.0330N 121.5654E owner=alice";

    @Test
    @DisplayName("an opaque photo becomes a JPEG fitted into 1200 pixels, with a 240-pixel thumbnail")
    void anOpaquePictureIsFittedAndDrawnAsJpeg() throws IOException {
        var normalized = Pictures.normalize(encode(picture(3000, 1500, false), "jpeg"), 1200, 240, "image");

        assertThat(normalized.full().contentType()).isEqualTo("image/jpeg");
        assertThat(normalized.full().width()).isEqualTo(1200);
        assertThat(normalized.full().height()).isEqualTo(600);
        var full = ImageIO.read(new ByteArrayInputStream(normalized.full().bytes()));
        assertThat(full.getWidth()).as("the bytes are the size they claim").isEqualTo(1200);
        assertThat(new Color(full.getRGB(300, 300))).as("left half red").satisfies(c ->
                assertThat(c.getRed()).isGreaterThan(200));
        assertThat(new Color(full.getRGB(900, 300)).getBlue()).as("right half blue").isGreaterThan(200);
        assertThat(normalized.thumbnail().width()).isEqualTo(240);
        assertThat(normalized.thumbnail().height()).isEqualTo(120);
    }

    @Test
    @DisplayName("a transparent PNG stays PNG with its transparency; a small picture is not enlarged")
    void transparencyIsKeptAndSmallPicturesStaySmall() throws IOException {
        var normalized = Pictures.normalize(encode(picture(100, 80, true), "png"), 1200, 240, "image");

        assertThat(normalized.full().contentType()).isEqualTo("image/png");
        assertThat(normalized.full().width()).isEqualTo(100);
        assertThat(normalized.full().height()).isEqualTo(80);
        var full = ImageIO.read(new ByteArrayInputStream(normalized.full().bytes()));
        assertThat(full.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(full.getRGB(5, 75), true).getAlpha()).as("the transparent corner").isZero();
    }

    @Test
    @DisplayName("what the file carried besides its pixels (a comment, text appended after the image) is gone")
    void metadataAndAppendedBytesAreDropped() throws IOException {
        var jpeg = encode(picture(400, 300, false), "jpeg");
        // a JPEG comment segment (FF FE) right after the start marker, as cameras write their notes
        var comment = SECRET.getBytes(StandardCharsets.US_ASCII);
        var withComment = ByteBuffer.allocate(jpeg.length + 4 + comment.length)
                .put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (comment.length + 2))
                .put(comment).put(jpeg, 2, jpeg.length - 2).array();
        var polyglot = concat(encode(picture(200, 200, true), "png"),
                "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(withComment, StandardCharsets.ISO_8859_1)).as("the test's file carries it").contains(SECRET);

        for (var upload : new byte[][] {withComment, polyglot}) {
            var normalized = Pictures.normalize(upload, 1200, 240, "image");
            for (var out : new byte[][] {normalized.full().bytes(), normalized.thumbnail().bytes()}) {
                var text = new String(out, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain(SECRET).doesNotContain("<script");
            }
        }
    }

    @Test
    @DisplayName("a small file declaring a huge picture is refused before anything is decoded")
    void aDecompressionBombIsRefusedFromItsHeader() {
        var bomb = pngHeader(100_000, 100_000);
        assertThatThrownBy(() -> Pictures.normalize(bomb, 1200, 240, "image"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("image.pixels");
                    assertThat(e.field()).isEqualTo("image");
                    assertThat(e.getMessage()).contains("100000 × 100000");
                });
        assertThatThrownBy(() -> Pictures.normalize(pngHeader(60_000, 10), 1200, 240, "image"))
                .as("a strip longer than any side").hasMessageContaining("60000 × 10");
        assertThatThrownBy(() -> Pictures.normalize(pngHeader(10_000, 10_000), 1200, 240, "image"))
                .as("sides within the limit, 100 megapixels in all").hasMessageContaining("10000 × 10000");
    }

    @Test
    @DisplayName("not a picture, an empty file and a damaged one each get their own clear refusal at the field")
    void badFilesAreRefusedWithTheirReason() throws IOException {
        var pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.US_ASCII);
        var random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        var png = encode(picture(300, 300, false), "png");
        var truncated = java.util.Arrays.copyOf(png, 60);

        assertThat(key(pdf)).isEqualTo("image.type");
        assertThat(key(random)).isEqualTo("image.type");
        assertThat(key(new byte[0])).isEqualTo("image.empty");
        assertThat(key(null)).isEqualTo("image.empty");
        assertThat(key(truncated)).isEqualTo("image.unreadable");
    }

    private static String key(byte[] content) {
        try {
            Pictures.normalize(content, 1200, 240, "image");
        } catch (DomainException e) {
            assertThat(e.field()).isEqualTo("image");
            return e.messageKey();
        }
        throw new AssertionError("accepted");
    }

    /** Left half red, right half blue; with alpha, a transparent lower-left corner. */
    private static BufferedImage picture(int width, int height, boolean alpha) {
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        if (alpha) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, height - 10, 10, 10);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    /** A PNG signature and header chunk declaring this size, and one empty data chunk: 57 bytes. */
    private static byte[] pngHeader(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var out = ByteBuffer.allocate(8 + 25 + 12 + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", new byte[0]);
        chunk(out, "IEND", new byte[0]);
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        out.putInt(data.length);
        var name = type.getBytes(StandardCharsets.US_ASCII);
        out.put(name).put(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.putInt((int) crc.getValue());
    }
}
