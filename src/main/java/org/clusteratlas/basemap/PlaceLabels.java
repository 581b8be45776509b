package org.clusteratlas.basemap;

import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.index.strtree.STRtree;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which place labels a zoom level shows, and where. Placement is decided once per zoom for the whole
 * world (largest places first, a label is dropped when it would overlap one already placed), never per
 * tile: every tile then draws the same labels at the same world positions, so a label cut by a tile edge
 * continues seamlessly in the neighbouring tile and no two labels collide across tiles.
 */
public final class PlaceLabels {
    /** A placed label, in world pixels of its zoom: the place's dot at (x, y), text baseline at (textX, baseY). */
    public record Label(String text, double x, double y, double textX, double baseY, Font font) {
    }

    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LARGE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final long LARGE_POPULATION = 1_000_000L;
    private static final double PADDING = 3;

    private final java.util.function.Supplier<List<Place>> source;
    private volatile List<Place> places;
    private final Map<Integer, STRtree> byZoom = new ConcurrentHashMap<>();
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    /** Labels for places supplied on first use (the gazetteer takes a moment to load; low zooms need none). */
    public PlaceLabels(java.util.function.Supplier<List<Place>> places) {
        this.source = places;
    }

    private List<Place> byPopulation() {
        List<Place> p = places;
        if (p == null) {
            synchronized (this) {
                p = places;
                if (p == null) {
                    List<Place> sorted = new ArrayList<>(source.get());
                    sorted.sort(Comparator.comparingLong(Place::population).reversed().thenComparing(Place::id));
                    p = List.copyOf(sorted);
                    places = p;
                }
            }
        }
        return p;
    }

    private static volatile PlaceLabels bundled;

    /** Labels for the bundled gazetteer. */
    public static PlaceLabels bundled() {
        PlaceLabels p = bundled;
        if (p == null) {
            synchronized (PlaceLabels.class) {
                p = bundled;
                if (p == null) {
                    p = new PlaceLabels(() -> Gazetteer.bundled().places());
                    bundled = p;
                }
            }
        }
        return p;
    }

    /** Labels of {@code zoom} whose box meets {@code area} (world pixels at that zoom). */
    @SuppressWarnings("unchecked")
    public List<Label> labels(int zoom, Envelope area) {
        if (zoom < MapStyle.LABELS_FROM_ZOOM) {
            return List.of();
        }
        return byZoom.computeIfAbsent(zoom, this::place).query(area);
    }

    private STRtree place(int zoom) {
        long min = MapStyle.minLabelPopulation(zoom);
        double world = WebMercator.worldPixels(zoom);
        Quadtree taken = new Quadtree();
        STRtree out = new STRtree();
        for (Place p : byPopulation()) {
            if (p.population() < min) {
                break;
            }
            Font font = p.population() >= LARGE_POPULATION ? LARGE : SMALL;
            double x = WebMercator.x(p.lon()) * world;
            double y = WebMercator.y(p.lat()) * world;
            Rectangle2D text = font.getStringBounds(p.name(), frc);
            double textX = x + 4;
            double baseY = y + text.getHeight() / 2 - font.getSize2D() * 0.2;
            Envelope box = new Envelope(x - 3, textX + text.getWidth(), baseY + text.getY(),
                    baseY + text.getY() + text.getHeight());
            Envelope padded = new Envelope(box);
            padded.expandBy(PADDING);
            boolean free = true;
            for (Object o : taken.query(padded)) {
                if (((Envelope) o).intersects(padded)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                taken.insert(box, box);
                Envelope drawn = new Envelope(box);
                drawn.expandBy(2); // the halo
                out.insert(drawn, new Label(p.name(), x, y, textX, baseY, font));
            }
        }
        out.build();
        return out;
    }
}
