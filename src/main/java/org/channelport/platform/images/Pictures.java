package org.channelport.platform.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import org.channelport.shared.DomainException;

/**
 * Rule P14: pictures people upload (a product's image) are never served as they came. {@link #normalize} reads only
 * PNG, JPEG and GIF (by content, not by name), checks the size its header declares before decoding anything (a
 * small file that declares a huge picture is refused, and large ones are decoded subsampled, so memory stays bounded),
 * and draws it anew at most {@code maxSide} pixels wide and high, with a thumbnail: PNG when it has transparency,
 * JPEG otherwise. What the file carried besides its pixels (metadata, location, a second format hidden in the same
 * bytes) is gone.
 */
public final class Pictures {
    /** Pictures declaring more pixels than this are refused before they are decoded. */
    public static final long MAX_PIXELS = 50_000_000L;
    /** Nor may a side be longer (a 1 × 50,000,000 strip is no picture either). */
    public static final int MAX_SIDE = 20_000;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");
    private static final float JPEG_QUALITY = 0.88f;

    /** One drawn picture: its bytes, their media type and its size in pixels. */
    public record Picture(byte[] bytes, String contentType, int width, int height) {}

    /** The picture as stored and served, and its thumbnail. */
    public record Normalized(Picture full, Picture thumbnail) {}

    private Pictures() {}

    /**
     * The upload drawn anew (see the class): problems at {@code field}, keys {@code image.type} (not PNG, JPEG or
     * GIF), {@code image.pixels} (declares too many pixels), {@code image.unreadable} (damaged, or a variant Java
     * cannot decode such as a CMYK JPEG).
     */
    public static Normalized normalize(byte[] content, int maxSide, int thumbnailSide, String field) {
        var decoded = decode(content, maxSide, field);
        return new Normalized(draw(decoded, maxSide), draw(decoded, thumbnailSide));
    }

    private static BufferedImage decode(byte[] content, int maxSide, String field) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("image.empty", "The file is empty.", field);
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = null;
            for (var readers = ImageIO.getImageReaders(input); readers.hasNext(); ) {
                var candidate = readers.next();
                if (FORMATS.contains(candidate.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                    reader = candidate;
                    break;
                }
            }
            if (reader == null) {
                throw DomainException.invalid("image.type", "Send a PNG, JPEG or GIF image.", field);
            }
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new DomainException(DomainException.Kind.INVALID, "image.pixels",
                            "The image is " + width + " × " + height + " pixels; send at most 50 megapixels.")
                            .with(width, height).at(field);
                }
                var param = reader.getDefaultReadParam();
                // decode no more than twice the pixels kept: a 7,000 px photo is read every 2nd or 3rd pixel
                int step = Math.max(1, (Math.max(width, height) + 2 * maxSide - 1) / (2 * maxSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException known) throw known;
            throw DomainException.invalid("image.unreadable", "The image cannot be read: the file is damaged or of "
                    + "a kind this server cannot draw (a CMYK JPEG, for one). Save it as PNG or as an RGB JPEG.", field);
        }
    }

    /** The picture fitted into a square of {@code side} (never enlarged), as PNG if it is transparent, else JPEG. */
    static Picture draw(BufferedImage source, int side) {
        double scale = Math.min(1.0, (double) side / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean alpha = source.getColorModel().hasAlpha();
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(stepDown(source, width, height), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return new Picture(alpha ? png(image) : jpeg(image), alpha ? "image/png" : "image/jpeg", width, height);
    }

    /** Halves the picture until one more bicubic step reaches the target: one big step would alias. */
    private static BufferedImage stepDown(BufferedImage source, int width, int height) {
        var current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            int w = current.getWidth() / 2;
            int h = current.getHeight() / 2;
            var half = new BufferedImage(w, h, current.getColorModel().hasAlpha()
                    ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            var g = half.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = half;
        }
        return current;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
