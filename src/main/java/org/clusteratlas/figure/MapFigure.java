package org.clusteratlas.figure;

import org.clusteratlas.basemap.TileRenderer;
import org.clusteratlas.geo.MapViewTransform;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.geo.WorldCopies;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The map as a figure for reports, drawn with Java2D (no JavaFX, no window, no on-screen controls): the
 * base map ({@link TileRenderer}), the snapshot's locations, the clusters' hulls, circles and labels as
 * the window draws them ({@link ClusterMarks}, {@link LabelPlacement}), a legend for every mark, and a
 * band under the map with the title, one synthetic-data mark, the parameters, the counts and the credits.
 * The {@code map} command and the window's File › Export › Map as PNG both draw through here.
 */
public final class MapFigure {
    private static final Color BAND = Color.WHITE;
    private static final Color TEXT = new Color(0x24292f);
    private static final Color MUTED = new Color(0x57606a);
    private static final Color WARN = new Color(0xb35900);

    /**
     * A drawn figure and where its parts are (tests check that legend and caption are really drawn).
     *
     * @param texts every text drawn, in drawing order
     */
    public record Drawn(BufferedImage image, Rectangle map, Rectangle legend, Rectangle caption, List<String> texts) {
    }

    private final TileRenderer tiles;

    public MapFigure(TileRenderer tiles) {
        this.tiles = tiles;
    }

    /** Scale of marks and text on a surface: 1 up to about 1600 x 1000, growing for print-sized images. */
    public static double textScale(int width, int height) {
        return Math.max(1, Math.min(3, Math.min(width / 1600.0, height / 1000.0)));
    }

    /** Height of the map part of a figure of this size (the caption band, whose lines wrap, takes the rest). */
    public static int mapHeight(FigureContent content, int width, int height) {
        return Math.max(1, height - new Band(content, width, textScale(width, height)).height());
    }

    /**
     * Draws {@code content} seen through {@code frame} (whose size must be {@code width} by {@link #mapHeight})
     * into an opaque image of exactly {@code width} by {@code height} pixels.
     */
    public Drawn render(FigureContent content, MapFrame frame, int width, int height) {
        int mapH = mapHeight(content, width, height);
        if (frame.width() != width || frame.height() != mapH) {
            throw new IllegalArgumentException("frame " + frame.width() + " x " + frame.height() + " for a map of "
                    + width + " x " + mapH);
        }
        double u = textScale(width, height);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        List<String> texts = new ArrayList<>();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setClip(0, 0, width, mapH);
            drawBaseMap(g, frame);
            ClusterDrawing marks = new ClusterDrawing(content, frame, u);
            marks.drawDots(g);
            marks.drawClusters(g, texts);
            Rectangle legend = MapLegendFigure.draw(g, 12 * u, mapH - 12 * u, u,
                    frame.zoom() >= ClusterMarks.NOISE_ZOOM, content.selectedCluster() >= 0, texts);
            g.setClip(null);
            Rectangle caption = new Band(content, width, u).draw(g, mapH, height - mapH, texts);
            return new Drawn(img, new Rectangle(0, 0, width, mapH), legend, caption, List.copyOf(texts));
        } finally {
            g.dispose();
        }
    }

    /** Tiles at the nearest whole zoom, each drawn into whole-pixel bounds so that no seam shows. */
    private void drawBaseMap(Graphics2D g, MapFrame f) {
        int tz = (int) Math.max(0, Math.min(MapFrame.MAX_ZOOM + 2, Math.round(f.zoom())));
        double n = Math.pow(2, tz);
        MapViewTransform v = f.view();
        long i0 = (long) Math.floor(v.mercatorX(0) * n);
        long i1 = (long) Math.floor(v.mercatorX(f.width()) * n);
        long j0 = (long) Math.floor(v.mercatorY(0) * n);
        long j1 = (long) Math.floor(v.mercatorY(f.height()) * n);
        for (long j = j0; j <= j1; j++) {
            for (long i = i0; i <= i1; i++) {
                int x0 = (int) Math.floor(v.screenX(i / n));
                int x1 = (int) Math.floor(v.screenX((i + 1) / n));
                int y0 = (int) Math.floor(v.screenY(j / n));
                int y1 = (int) Math.floor(v.screenY((j + 1) / n));
                g.drawImage(tiles.render(tz, i, j), x0, y0, x1 - x0, y1 - y0, null);
            }
        }
    }

    /** The text under the map: title and the synthetic-data mark, then parameters and credits, wrapped. */
    private static final class Band {
        private final double u;
        private final int width;
        private final Font bold;
        private final Font plain;
        private final Font small;
        private final FigureContent c;
        private final List<String> parameterLines;
        private final List<String> creditLines;

        Band(FigureContent c, int width, double u) {
            this.c = c;
            this.u = u;
            this.width = width;
            bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * u));
            plain = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * u));
            small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * u));
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            double maxW = width - 24 * u;
            parameterLines = wrap(g.getFontMetrics(plain), c.counts() + SEP + c.parameters(), maxW);
            creditLines = wrap(g.getFontMetrics(small), c.credits(), maxW);
            g.dispose();
        }

        int height() {
            return (int) Math.ceil(u * (8 + 18 + 2 + 16 * parameterLines.size() + 2 + 15 * creditLines.size() + 8));
        }

        Rectangle draw(Graphics2D g, int top, int h, List<String> texts) {
            g.setColor(BAND);
            g.fillRect(0, top, width, h);
            g.setColor(new Color(0xd0d7de));
            g.fillRect(0, top, width, Math.max(1, (int) u));
            double x = 12 * u;
            double y = top + 8 * u;
            g.setFont(bold);
            FontMetrics fm = g.getFontMetrics();
            g.setColor(TEXT);
            g.drawString(c.title(), (float) x, (float) (y + fm.getAscent()));
            texts.add(c.title());
            if (c.synthetic()) {
                g.setColor(WARN);
                g.drawString(FigureContent.SYNTHETIC_MARK, (float) (x + fm.stringWidth(c.title()) + 14 * u),
                        (float) (y + fm.getAscent()));
                texts.add(FigureContent.SYNTHETIC_MARK);
            }
            y += 20 * u;
            y = lines(g, plain, TEXT, parameterLines, x, y, 16 * u, texts) + 2 * u;
            lines(g, small, MUTED, creditLines, x, y, 15 * u, texts);
            return new Rectangle(0, top, width, h);
        }

        private static double lines(Graphics2D g, Font font, Color color, List<String> lines, double x, double top,
                                    double step, List<String> texts) {
            g.setFont(font);
            g.setColor(color);
            FontMetrics fm = g.getFontMetrics();
            double y = top;
            for (String line : lines) {
                g.drawString(line, (float) x, (float) (y + fm.getAscent()));
                texts.add(line);
                y += step;
            }
            return y;
        }

        /** Breaks at the " · " separators (then at spaces) so that each line fits {@code maxW}. */
        private static List<String> wrap(FontMetrics fm, String text, double maxW) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String part : text.split(java.util.regex.Pattern.quote(SEP))) {
                String next = line.length() == 0 ? part : line + SEP + part;
                if (fm.stringWidth(next) <= maxW || line.length() == 0) {
                    line.setLength(0);
                    line.append(next);
                } else {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(part);
                }
            }
            out.add(line.toString());
            return out;
        }
    }

    private static final String SEP = "  \u00b7  ";

    /** The clusters and locations of one figure, projected once. */
    private static final class ClusterDrawing {
        private final FigureContent c;
        private final MapFrame f;
        /** The frame's transform, taken once: the loops over every location call it without allocating. */
        private final MapViewTransform view;
        private final double u;
        private final double[] cx;
        private final double[] cy;
        private final double[] radius;

        ClusterDrawing(FigureContent c, MapFrame f, double u) {
            this.c = c;
            this.f = f;
            this.view = f.view();
            this.u = u;
            List<ClusterRow> rows = c.shown();
            int n = rows.size();
            cx = new double[n];
            cy = new double[n];
            radius = new double[n];
            double top = n == 0 ? 1 : rows.get(0).score();
            for (int s = 0; s < n; s++) {
                ClusterRow r = rows.get(s);
                cx[s] = view.lonX(r.lon(), f.centreX());
                cy[s] = view.latY(r.lat());
                radius[s] = u * ClusterMarks.radius(r.score(), top);
            }
        }

        /** Locations with activity as faint dots; noise darker once zoomed in, as in the window. */
        void drawDots(Graphics2D g) {
            Clustering cl = c.ranking().clustering();
            double[] pat = cl.weights().patents();
            double[] pub = cl.weights().publications();
            double[] mx = c.mercatorX();
            double[] my = c.mercatorY();
            double d = Math.max(1.5, u * (f.zoom() < 4 ? 1.5 : f.zoom() < 8 ? 2.5 : 4));
            Color[] shades = new Color[8];
            for (int k = 0; k < shades.length; k++) {
                shades[k] = withAlpha(ClusterMarks.DOT_RGB, ClusterMarks.DOT_OPACITY * (0.2 + 0.08 * k));
            }
            boolean noise = f.zoom() >= ClusterMarks.NOISE_ZOOM;
            Color noiseColor = withAlpha(ClusterMarks.NOISE_RGB, ClusterMarks.NOISE_ALPHA);
            for (int i = 0; i < mx.length; i++) {
                double w = pat[i] + pub[i];
                if (w <= 0) {
                    continue;
                }
                double x = view.screenX(mx[i], f.centreX());
                double y = view.screenY(my[i]);
                if (x < -d || y < -d || x > f.width() + d || y > f.height() + d) {
                    continue;
                }
                int k = (int) Math.min(shades.length - 1, Math.round(Math.log10(1 + w) * 2.2));
                g.setColor(noise && cl.clusterOf(i) == Clustering.NOISE ? noiseColor : shades[k]);
                g.fill(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
            }
        }

        void drawClusters(Graphics2D g, List<String> texts) {
            List<ClusterRow> rows = c.shown();
            ClusterShapes sh = c.shapes();
            double scale = view.scale();
            for (int s = rows.size() - 1; s >= 0; s--) {
                int slot = sh.slotOf(rows.get(s).clusterId());
                double[] hx = sh.hullX(slot);
                double[] hy = sh.hullY(slot);
                double size = Math.max(sh.maxX(slot) - sh.minX(slot), sh.maxY(slot) - sh.minY(slot)) * scale;
                if (hx.length < 3 || size < ClusterMarks.MIN_HULL_PX) {
                    continue;
                }
                double mid = (sh.minX(slot) + sh.maxX(slot)) / 2;
                double shift = WorldCopies.shift(mid, f.centreX());
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i < hx.length; i++) {
                    double x = view.screenX(hx[i] + shift);
                    double y = view.screenY(hy[i]);
                    if (i == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
                boolean sel = rows.get(s).clusterId() == c.selectedCluster();
                int rgb = ClusterMarks.rgb(rows.get(s));
                g.setColor(withAlpha(rgb, sel ? ClusterMarks.HULL_SELECTED_ALPHA : ClusterMarks.HULL_ALPHA));
                g.fill(path);
                g.setColor(withAlpha(darker(rgb), sel ? 0.95 : 0.55));
                g.setStroke(new BasicStroke((float) (u * (sel ? 2 : 1))));
                g.draw(path);
            }
            for (int s = 0; s < rows.size(); s++) {
                double r = radius[s];
                Ellipse2D circle = new Ellipse2D.Double(cx[s] - r, cy[s] - r, 2 * r, 2 * r);
                g.setColor(withAlpha(ClusterMarks.rgb(rows.get(s)), ClusterMarks.CIRCLE_ALPHA));
                g.fill(circle);
                g.setColor(new Color(255, 255, 255, 230));
                g.setStroke(new BasicStroke((float) (1.2 * u)));
                g.draw(circle);
                if (rows.get(s).clusterId() == c.selectedCluster()) {
                    double rr = r + ClusterMarks.RING_GAP * u;
                    g.setColor(new Color(ClusterMarks.RING_RGB));
                    g.setStroke(new BasicStroke((float) (2.5 * u)));
                    g.draw(new Ellipse2D.Double(cx[s] - rr, cy[s] - rr, 2 * rr, 2 * rr));
                }
            }
            drawLabels(g, rows, texts);
        }

        /** Labels best rank first (the selection before all): the top ten always, the rest where they fit. */
        private void drawLabels(Graphics2D g, List<ClusterRow> rows, List<String> texts) {
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(12 * u));
            FontMetrics fm = g.getFontMetrics(font);
            LabelPlacement placement = new LabelPlacement(cx, cy, radius, f.width(), f.height(), u);
            double lh = LabelPlacement.HEIGHT * u;
            int max = ClusterMarks.maxLabels(f.zoom());
            List<Integer> order = new ArrayList<>();
            for (int s = 0; s < rows.size(); s++) {
                if (rows.get(s).clusterId() == c.selectedCluster()) {
                    order.add(0, s);
                } else {
                    order.add(s);
                }
            }
            int count = 0;
            BasicStroke halo = new BasicStroke((float) (3 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            for (int s : order) {
                boolean always = s < LabelPlacement.ALWAYS_LABELLED || rows.get(s).clusterId() == c.selectedCluster();
                if (count >= max && !always) {
                    continue;
                }
                String text = ClusterMarks.label(rows.get(s));
                double lw = fm.stringWidth(text);
                double[] spot = always ? placement.placeAlways(s, lw) : placement.place(s, lw);
                if (spot == null) {
                    continue;
                }
                if (spot.length > 2 && spot[2] > 0) {
                    g.setColor(new Color(ClusterMarks.LABEL_RGB));
                    g.setStroke(new BasicStroke((float) u));
                    double lx = Math.max(spot[0], Math.min(cx[s], spot[0] + lw));
                    double ly = Math.max(spot[1], Math.min(cy[s], spot[1] + lh));
                    g.draw(new Line2D.Double(cx[s], cy[s], lx, ly));
                }
                double base = spot[1] + lh / 2 + (fm.getAscent() - fm.getDescent()) / 2.0;
                TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
                Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(spot[0], base));
                g.setColor(new Color(255, 255, 255, 230));
                g.setStroke(halo);
                g.draw(outline);
                g.setColor(new Color(ClusterMarks.LABEL_RGB));
                g.fill(outline);
                texts.add(text);
                count++;
            }
        }
    }

    static Color withAlpha(int rgb, double alpha) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(255 * alpha));
    }

    static int darker(int rgb) {
        return ((int) (((rgb >> 16) & 0xff) * 0.8) << 16) | ((int) (((rgb >> 8) & 0xff) * 0.8) << 8)
                | (int) ((rgb & 0xff) * 0.8);
    }
}
