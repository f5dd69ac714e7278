package id.merit.reporting.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A bar chart drawn on the server as a PNG (a {@code data:} URI) for the dashboard's PDF, where no script runs: one group
 * of bars per category, one bar per series, in the palette of {@code charts.js}. The image holds bars and grid lines only;
 * the PDF prints the labels, the legend and the figures as text beside it (no font is needed on the server).
 */
final class ChartImage {
    static final List<String> PALETTE = List.of("#0b5d4b", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#264653", "#8ab17d", "#6c757d");
    private static final int WIDTH = 900;
    private static final int HEIGHT = 300;
    private static final int PAD = 12;

    private ChartImage() {
    }

    /** {@code series.get(s).get(c)}: the value of series s in category c (every series as long as the categories). */
    static String bars(List<List<Long>> series) {
        int categories = series.isEmpty() ? 0 : series.get(0).size();
        long max = Math.max(1, series.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1));
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int plotHeight = HEIGHT - 2 * PAD;
            g.setColor(new Color(0xdee2e6));
            g.setStroke(new BasicStroke(1));
            for (int i = 0; i <= 4; i++) { // grid at 0, 25, 50, 75 and 100 % of the highest value
                int y = PAD + plotHeight * i / 4;
                g.drawLine(PAD, y, WIDTH - PAD, y);
            }
            if (categories > 0) {
                double slot = (WIDTH - 2.0 * PAD) / categories;
                double bar = slot * 0.8 / series.size();
                for (int c = 0; c < categories; c++) {
                    for (int s = 0; s < series.size(); s++) {
                        long v = series.get(s).get(c);
                        int h = (int) Math.round(plotHeight * (double) v / max);
                        int x = (int) Math.round(PAD + c * slot + slot * 0.1 + s * bar);
                        g.setColor(Color.decode(PALETTE.get(s % PALETTE.size())));
                        g.fillRect(x, PAD + plotHeight - h, Math.max(1, (int) Math.floor(bar) - 1), h);
                    }
                }
            }
            g.setColor(new Color(0x6c757d));
            g.drawLine(PAD, PAD + plotHeight, WIDTH - PAD, PAD + plotHeight);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
