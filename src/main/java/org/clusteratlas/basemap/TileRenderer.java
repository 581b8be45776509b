package org.clusteratlas.basemap;

import org.clusteratlas.geo.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws one 256 x 256 Web Mercator tile of the base map with Java2D into a {@link BufferedImage}. Pure
 * AWT, no JavaFX and no window: it runs on any thread (one image per call), headless included.
 */
public final class TileRenderer {
    private static final int SIZE = WebMercator.TILE_SIZE;
    /** Lines and labels reaching into a tile from just outside it must be drawn too. */
    private static final double MARGIN_PX = 2;

    private final BasemapData data;
    private final PlaceLabels labels;

    public TileRenderer(BasemapData data, PlaceLabels labels) {
        this.data = data;
        this.labels = labels;
    }

    /** The renderer over the bundled data (loads it on first use). */
    public static TileRenderer bundled() {
        return new TileRenderer(BasemapData.bundled(), PlaceLabels.bundled());
    }

    /**
     * Renders tile (zoom, i, j). Columns wrap around the antimeridian; rows outside the world are sea.
     * The image is {@code TYPE_INT_ARGB_PRE} and fully opaque.
     */
    public BufferedImage render(int zoom, long i, long j) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(MapStyle.SEA);
            g.fillRect(0, 0, SIZE, SIZE);
            long n = 1L << zoom;
            if (j < 0 || j >= n) {
                return img;
            }
            long col = Math.floorMod(i, n);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            double scale = WebMercator.worldPixels(zoom);
            double ox = col * (double) SIZE;
            double oy = j * (double) SIZE;
            double m = MARGIN_PX / scale;
            Envelope area = new Envelope(ox / scale - m, (ox + SIZE) / scale + m, oy / scale - m, (oy + SIZE) / scale + m);
            Projector p = new Projector(scale, ox, oy);

            g.setColor(MapStyle.LAND);
            g.fill(p.polygons(data.land(zoom, area)));
            if (zoom >= MapStyle.URBAN_FROM_ZOOM) {
                g.setColor(MapStyle.URBAN);
                g.fill(p.polygons(data.urbanAreas(area)));
            }
            if (zoom >= MapStyle.STATES_FROM_ZOOM) {
                stroke(g, p, data.stateBorders(zoom, area), MapStyle.STATE_BORDER, MapStyle.stateWidth(zoom));
            }
            stroke(g, p, data.coastlines(zoom, area), MapStyle.COAST, MapStyle.coastWidth(zoom));
            stroke(g, p, data.countryBorders(zoom, area), MapStyle.COUNTRY_BORDER, MapStyle.borderWidth(zoom));
            drawLabels(g, zoom, ox, oy);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void stroke(Graphics2D g, Projector p, List<LineString> lines, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p.lines(lines));
    }

    private void drawLabels(Graphics2D g, int zoom, double ox, double oy) {
        List<PlaceLabels.Label> list = labels.labels(zoom, new Envelope(ox, ox + SIZE, oy, oy + SIZE));
        if (list.isEmpty()) {
            return;
        }
        BasicStroke halo = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (PlaceLabels.Label l : list) {
            double x = l.x() - ox;
            double y = l.y() - oy;
            g.setColor(MapStyle.PLACE_DOT);
            g.fill(new Ellipse2D.Double(x - 2, y - 2, 4, 4));
            TextLayout layout = new TextLayout(l.text(), l.font(), g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(l.textX() - ox, l.baseY() - oy));
            g.setColor(MapStyle.LABEL_HALO);
            g.setStroke(halo);
            g.draw(outline);
            g.setColor(MapStyle.LABEL);
            g.fill(outline);
        }
    }

    /** World (unit square) to tile pixels. */
    private record Projector(double scale, double ox, double oy) {
        /** All polygons as one path: one fill call instead of one per polygon (they never overlap). */
        Path2D polygons(List<Polygon> polys) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (Polygon poly : polys) {
                ring(path, poly.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    ring(path, poly.getInteriorRingN(h).getCoordinateSequence());
                }
            }
            return path;
        }

        private void ring(Path2D.Double path, CoordinateSequence cs) {
            append(path, cs);
            path.closePath();
        }

        /** All lines as one path, stroked in a single call. */
        Path2D lines(List<LineString> lines) {
            Path2D.Double path = new Path2D.Double();
            for (LineString line : lines) {
                append(path, line.getCoordinateSequence());
            }
            return path;
        }

        private void append(Path2D.Double path, CoordinateSequence cs) {
            int n = cs.size();
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int k = 0; k < n; k++) {
                double x = cs.getX(k) * scale - ox;
                double y = cs.getY(k) * scale - oy;
                if (k == 0) {
                    path.moveTo(x, y);
                } else if (k == n - 1 || Math.abs(x - lastX) > 0.4 || Math.abs(y - lastY) > 0.4) {
                    path.lineTo(x, y);
                } else {
                    continue;
                }
                lastX = x;
                lastY = y;
            }
        }
    }
}
