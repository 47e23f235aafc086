package org.channelport.orders.infrastructure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.channelport.shared.ProductLine;

/**
 * The demo's generated product pictures (issue 11's demo: "with generated images"): a tile in the product line's
 * colour with a drawing of the product family and the SKU, as PNG. Drawn with Java2D and the font the PDFs use, so
 * nothing depends on the machine's fonts.
 */
final class DemoPictures {
    private static final int SIDE = 480;
    private static final Map<ProductLine, Color> COLOURS = Map.of(
            ProductLine.NETWORKING, new Color(0x1f6f9f), ProductLine.STORAGE, new Color(0x6a4c93),
            ProductLine.SECURITY, new Color(0xb5432f), ProductLine.CLOUD, new Color(0x2a8c82),
            ProductLine.SERVICES, new Color(0x8a6d1d));
    private final Font font;

    DemoPictures() {
        Font loaded;
        try (InputStream in = DemoPictures.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            loaded = Font.createFonts(in)[0];
        } catch (IOException | java.awt.FontFormatException | RuntimeException e) {
            loaded = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        this.font = loaded;
    }

    /** A picture of a product of this family (its SKU prefix) and line. */
    byte[] draw(String family, ProductLine line, String sku) {
        var image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            var colour = COLOURS.getOrDefault(line, Color.GRAY);
            g.setPaint(new GradientPaint(0, 0, colour.brighter(), SIDE, SIDE, colour.darker()));
            g.fillRect(0, 0, SIDE, SIDE);
            g.setColor(new Color(255, 255, 255, 235));
            g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            product(g, family);
            g.setFont(font.deriveFont(Font.BOLD, 40f));
            var metrics = g.getFontMetrics();
            g.setColor(Color.WHITE);
            g.drawString(sku, (SIDE - metrics.stringWidth(sku)) / 2, SIDE - 48);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A simple drawing of the family, in the upper two thirds. */
    private static void product(Graphics2D g, String family) {
        switch (family) {
            case "SW" -> {   // a rack switch with its ports
                g.draw(new RoundRectangle2D.Double(60, 150, 360, 100, 20, 20));
                for (int i = 0; i < 8; i++) g.fillRect(85 + i * 42, 185, 26, 22);
            }
            case "AP" -> {   // an access point and its waves
                g.fill(new Ellipse2D.Double(200, 230, 80, 80));
                for (int r = 1; r <= 3; r++) {
                    g.draw(new Arc2D.Double(240 - 50 * r, 270 - 50 * r, 100 * r, 100 * r, 45, 90, Arc2D.OPEN));
                }
            }
            case "CBL" -> {   // a coiled cable
                for (int r = 0; r < 4; r++) g.draw(new Ellipse2D.Double(130 + r * 12, 90 + r * 12, 220 - r * 24, 220 - r * 24));
                g.drawLine(350, 200, 420, 300);
            }
            case "NAS" -> {   // a tower with drive bays
                g.draw(new RoundRectangle2D.Double(160, 70, 160, 260, 20, 20));
                for (int i = 0; i < 4; i++) g.fillRect(185, 100 + i * 55, 110, 30);
            }
            case "SSD" -> {   // a pack of drives
                for (int i = 0; i < 3; i++) g.draw(new RoundRectangle2D.Double(110 + i * 30, 120 + i * 40, 220, 130, 16, 16));
            }
            case "FW" -> {   // a wall of bricks
                for (int row = 0; row < 4; row++) {
                    for (int col = 0; col < 3; col++) {
                        g.drawRect(90 + col * 100 + (row % 2) * 50, 90 + row * 55, 100, 55);
                    }
                }
            }
            case "VPN" -> {   // a padlock
                g.draw(new Arc2D.Double(180, 80, 120, 150, 0, 180, Arc2D.OPEN));
                g.drawLine(180, 155, 180, 180);
                g.drawLine(300, 155, 300, 180);
                g.fill(new RoundRectangle2D.Double(150, 175, 180, 150, 24, 24));
            }
            case "CLD", "OBS" -> {   // a cloud (with a bucket for object storage)
                g.fill(new Ellipse2D.Double(110, 160, 140, 120));
                g.fill(new Ellipse2D.Double(190, 110, 160, 160));
                g.fill(new Ellipse2D.Double(290, 170, 110, 110));
                g.fillRect(170, 220, 190, 60);
                if (family.equals("OBS")) {
                    g.setColor(new Color(0, 0, 0, 90));
                    g.draw(new RoundRectangle2D.Double(215, 190, 90, 80, 12, 12));
                }
            }
            default -> {   // a service: a wrench
                g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.drawLine(170, 300, 300, 170);
                g.setStroke(new BasicStroke(10));
                g.draw(new Ellipse2D.Double(270, 90, 110, 110));
            }
        }
    }
}
