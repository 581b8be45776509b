package org.clusteratlas.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * The figure's legend, one entry per mark drawn: colour (patent/publication mix), circle area (score), hull,
 * selection ring, location dots and, once zoomed in, noise dots. The window's legend ({@code MapLegend})
 * names the same marks with the same words ({@link #ENTRIES}).
 */
public final class MapLegendFigure {
    /** Legend wording, shared with the window's legend. */
    public static final String TITLE = "Clusters";
    public static final String PUBLICATIONS = "publications";
    public static final String PATENTS = "patents";
    public static final String AREA = "circle area \u221d score";
    public static final String HULL = "hull of the member locations";
    public static final String RING = "selected cluster";
    public static final String DOTS = "locations with activity";
    public static final String NOISE = "locations in no cluster (noise)";
    public static final List<String> ENTRIES = List.of(AREA, HULL, RING, DOTS, NOISE);

    private MapLegendFigure() {
    }

    /** Draws the legend with its bottom-left corner at (x, bottom); returns the box it fills. */
    static Rectangle draw(Graphics2D g, double x, double bottom, double u, boolean noise, boolean ring,
                          List<String> texts) {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(12 * u));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * u));
        FontMetrics fm = g.getFontMetrics(small);
        double row = 18 * u;
        double pad = 8 * u;
        double symbol = 44 * u;
        int rows = 3 + (ring ? 1 : 0) + 1 + (noise ? 1 : 0);
        double textW = Math.max(fm.stringWidth(HULL), fm.stringWidth(NOISE));
        double w = Math.max(pad * 2 + 150 * u, pad * 2 + symbol + textW);
        double h = pad * 2 + 16 * u + 12 * u + 14 * u + rows * row - 2 * row + row;
        double top = bottom - h;
        g.setColor(new Color(255, 255, 255, 235));
        RoundRectangle2D box = new RoundRectangle2D.Double(x, top, w, h, 8 * u, 8 * u);
        g.fill(box);
        g.setColor(new Color(0xd0d7de));
        g.setStroke(new BasicStroke((float) u));
        g.draw(box);
        double y = top + pad;
        g.setFont(title);
        g.setColor(new Color(0x24292f));
        g.drawString(TITLE, (float) (x + pad), (float) (y + g.getFontMetrics().getAscent()));
        texts.add(TITLE);
        y += 16 * u;
        double barW = w - 2 * pad;
        g.setPaint(new GradientPaint((float) (x + pad), 0, new Color(ClusterMarks.PUBLICATIONS_RGB),
                (float) (x + pad + barW / 2), 0, new Color(ClusterMarks.MIXED_RGB)));
        g.fill(new Rectangle2D.Double(x + pad, y, barW / 2, 10 * u));
        g.setPaint(new GradientPaint((float) (x + pad + barW / 2), 0, new Color(ClusterMarks.MIXED_RGB),
                (float) (x + pad + barW), 0, new Color(ClusterMarks.PATENTS_RGB)));
        g.fill(new Rectangle2D.Double(x + pad + barW / 2, y, barW / 2, 10 * u));
        y += 12 * u;
        g.setFont(small);
        g.setColor(new Color(0x57606a));
        g.drawString(PUBLICATIONS, (float) (x + pad), (float) (y + fm.getAscent()));
        g.drawString(PATENTS, (float) (x + pad + barW - fm.stringWidth(PATENTS)), (float) (y + fm.getAscent()));
        texts.add(PUBLICATIONS);
        texts.add(PATENTS);
        y += 14 * u + 4 * u;
        // circle sizes
        double cxs = x + pad;
        for (double r : new double[] {3, 5.5, 8}) {
            double rr = r * u;
            Ellipse2D c = new Ellipse2D.Double(cxs, y + row / 2 - rr, 2 * rr, 2 * rr);
            g.setColor(new Color(140, 140, 140, 150));
            g.fill(c);
            g.setColor(Color.WHITE);
            g.draw(c);
            cxs += 2 * rr + 1.5 * u;
        }
        entry(g, fm, AREA, x + pad + symbol, y, row, texts);
        y += row;
        // hull
        Path2D.Double hull = new Path2D.Double();
        hull.moveTo(x + pad, y + row * 0.75);
        hull.lineTo(x + pad + 10 * u, y + row * 0.15);
        hull.lineTo(x + pad + 26 * u, y + row * 0.3);
        hull.lineTo(x + pad + 22 * u, y + row * 0.85);
        hull.closePath();
        g.setColor(MapFigure.withAlpha(ClusterMarks.MIXED_RGB, ClusterMarks.HULL_ALPHA * 1.5));
        g.fill(hull);
        g.setColor(MapFigure.withAlpha(MapFigure.darker(ClusterMarks.MIXED_RGB), 0.55));
        g.draw(hull);
        entry(g, fm, HULL, x + pad + symbol, y, row, texts);
        y += row;
        if (ring) {
            double r = 5 * u;
            double cx = x + pad + 12 * u;
            g.setColor(new Color(140, 140, 140, 150));
            g.fill(new Ellipse2D.Double(cx - r, y + row / 2 - r, 2 * r, 2 * r));
            double rr = r + 3 * u;
            g.setColor(new Color(ClusterMarks.RING_RGB));
            g.setStroke(new BasicStroke((float) (2 * u)));
            g.draw(new Ellipse2D.Double(cx - rr, y + row / 2 - rr, 2 * rr, 2 * rr));
            g.setStroke(new BasicStroke((float) u));
            entry(g, fm, RING, x + pad + symbol, y, row, texts);
            y += row;
        }
        dots(g, x + pad, y + row / 2, u, ClusterMarks.DOT_RGB, 0.6);
        entry(g, fm, DOTS, x + pad + symbol, y, row, texts);
        y += row;
        if (noise) {
            dots(g, x + pad, y + row / 2, u, ClusterMarks.NOISE_RGB, ClusterMarks.NOISE_ALPHA * 1.6);
            entry(g, fm, NOISE, x + pad + symbol, y, row, texts);
        }
        return new Rectangle((int) Math.floor(x), (int) Math.floor(top), (int) Math.ceil(w), (int) Math.ceil(h));
    }

    private static void dots(Graphics2D g, double x, double y, double u, int rgb, double alpha) {
        g.setColor(MapFigure.withAlpha(rgb, Math.min(1, alpha)));
        double[][] at = {{2, -3}, {9, 2}, {15, -2}, {21, 3}, {6, 4}};
        for (double[] p : at) {
            double d = 3 * u;
            g.fill(new Ellipse2D.Double(x + p[0] * u, y + p[1] * u - d / 2, d, d));
        }
    }

    private static void entry(Graphics2D g, FontMetrics fm, String text, double x, double y, double row,
                              List<String> texts) {
        g.setColor(new Color(0x24292f));
        g.drawString(text, (float) x, (float) (y + row / 2 + (fm.getAscent() - fm.getDescent()) / 2.0));
        texts.add(text);
    }
}
