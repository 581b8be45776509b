package org.clusteratlas.basemap;

import org.clusteratlas.geo.WebMercator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled Natural Earth layers, projected once to Web Mercator (unit square) and indexed for drawing
 * tiles: land polygons, coastlines, country borders, state/province borders and urban areas, each in an
 * {@link STRtree} so a tile touches only what intersects it. Lines come straight from the TopoJSON arcs,
 * so a border shared by two countries is stored (and drawn) once. Coarser copies for low zooms are made
 * by simplifying each arc on its own, which keeps neighbouring polygons gap-free.
 *
 * <p>No JavaFX here: the renderer and benchmarks use it headless. Immutable once built; thread-safe.
 */
public final class BasemapData {
    static final String ADMIN = "/assets/geodata/qgis-world-countries-admin1.topo.json";
    static final String URBAN = "/assets/geodata/ne_50m_urban_areas.geojson";

    /** Highest zoom each simplified level serves; zooms above the last use the full data. */
    private static final int[] LEVEL_MAX_ZOOM = {0, 1, 2, 3, 4, 5, 6, 7};
    /** Simplification tolerance in pixels at a level's highest zoom. */
    private static final double TOLERANCE_PX = 0.5;

    private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 0,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private static volatile BasemapData bundled;

    /** One level of detail. */
    static final class Level {
        final STRtree land = new STRtree();
        final STRtree coast = new STRtree();
        final STRtree borders = new STRtree();
        final STRtree states = new STRtree();
    }

    private final TopoJson topo;
    private final List<double[]> projected;
    private final int[] countryUse;
    private final boolean[] stateArc;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Level> levels =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(LEVEL_MAX_ZOOM.length + 1);
    private final STRtree urban;
    private final java.util.concurrent.atomic.AtomicInteger repairedPolygons = new java.util.concurrent.atomic.AtomicInteger();

    private BasemapData(TopoJson topo, List<double[]> projected, int[] countryUse, boolean[] stateArc,
                        STRtree urban, int repairedUrban) {
        this.topo = topo;
        this.projected = projected;
        this.countryUse = countryUse;
        this.stateArc = stateArc;
        this.urban = urban;
        this.repairedPolygons.addAndGet(repairedUrban);
    }

    /** The layers bundled with the app, loaded on first use (about a second) and shared. */
    public static BasemapData bundled() {
        BasemapData d = bundled;
        if (d == null) {
            synchronized (BasemapData.class) {
                d = bundled;
                if (d == null) {
                    d = load();
                    bundled = d;
                }
            }
        }
        return d;
    }

    private static BasemapData load() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream admin = resource(ADMIN); InputStream urbanIn = resource(URBAN)) {
            TopoJson topo = TopoJson.read(admin);
            JsonNode urbanJson = json.readTree(urbanIn);
            return build(topo, urbanJson);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled map data unreadable", e);
        }
    }

    /** Builds the layers from a topology with objects {@code countries} and {@code states_provinces}. */
    static BasemapData build(TopoJson topo, JsonNode urbanGeoJson) {
        int arcs = topo.arcCount();
        int[] countryUse = new int[arcs];
        boolean[] stateArc = new boolean[arcs];
        for (TopoJson.Feature f : topo.features("countries")) {
            forEachArc(f, a -> countryUse[a]++);
        }
        for (TopoJson.Feature f : topo.features("states_provinces")) {
            forEachArc(f, a -> stateArc[a] = true);
        }
        List<double[]> projected = new ArrayList<>(arcs);
        for (int a = 0; a < arcs; a++) {
            projected.add(project(topo.arc(a)));
        }
        int repaired = 0;
        STRtree urban = new STRtree();
        for (JsonNode feature : urbanGeoJson.path("features")) {
            JsonNode g = feature.path("geometry");
            String type = g.path("type").asText();
            List<JsonNode> polys = new ArrayList<>();
            if ("Polygon".equals(type)) {
                polys.add(g.get("coordinates"));
            } else if ("MultiPolygon".equals(type)) {
                g.get("coordinates").forEach(polys::add);
            }
            for (JsonNode poly : polys) {
                Polygon p = geoJsonPolygon(poly);
                if (p == null) {
                    continue;
                }
                if (!p.isValid()) {
                    repaired++;
                    addPolygons(urban, GeometryFixer.fix(p));
                } else {
                    urban.insert(p.getEnvelopeInternal(), p);
                }
            }
        }
        urban.build();
        return new BasemapData(topo, projected, countryUse, stateArc, urban, repaired);
    }

    private static boolean tooSmall(Geometry g, double minExtent) {
        Envelope e = g.getEnvelopeInternal();
        return e.getWidth() < minExtent && e.getHeight() < minExtent;
    }

    private static void forEachArc(TopoJson.Feature f, java.util.function.IntConsumer c) {
        for (List<int[]> rings : f.polygons()) {
            for (int[] ring : rings) {
                for (int r : ring) {
                    c.accept(TopoJson.arcIndex(r));
                }
            }
        }
    }

    private static void addPolygons(STRtree tree, Geometry g) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon && !part.isEmpty()) {
                tree.insert(part.getEnvelopeInternal(), part);
            }
        }
    }

    private static double[] project(double[] lonLat) {
        double[] xy = new double[lonLat.length];
        for (int k = 0; k < lonLat.length; k += 2) {
            xy[k] = WebMercator.x(lonLat[k]);
            xy[k + 1] = WebMercator.y(lonLat[k + 1]);
        }
        return xy;
    }

    private static List<double[]> simplify(List<double[]> arcs, double tolerance) {
        List<double[]> out = new ArrayList<>(arcs.size());
        for (double[] xy : arcs) {
            out.add(ArcSimplifier.simplify(xy, tolerance));
        }
        return out;
    }

    private static Polygon polygon(List<int[]> rings, List<double[]> arcs) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (int[] refs : rings) {
            LinearRing ring = ring(TopoJson.stitch(refs, arcs));
            if (shell == null) {
                if (ring == null) {
                    return null; // outer ring simplified away: the island is too small to see
                }
                shell = ring;
            } else if (ring != null) {
                holes.add(ring);
            }
        }
        return shell == null ? null : GF.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private static Polygon geoJsonPolygon(JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode r : rings) {
            double[] xy = new double[r.size() * 2];
            int k = 0;
            for (JsonNode p : r) {
                xy[k++] = WebMercator.x(p.get(0).asDouble());
                xy[k++] = WebMercator.y(p.get(1).asDouble());
            }
            LinearRing ring = ring(xy);
            if (shell == null) {
                if (ring == null) {
                    return null;
                }
                shell = ring;
            } else if (ring != null) {
                holes.add(ring);
            }
        }
        return shell == null ? null : GF.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /** A closed ring from interleaved coordinates, or null when fewer than 3 distinct corners remain. */
    private static LinearRing ring(double[] xy) {
        int n = xy.length / 2;
        if (n < 3) {
            return null;
        }
        boolean closed = xy[0] == xy[xy.length - 2] && xy[1] == xy[xy.length - 1];
        double[] c = closed ? xy : java.util.Arrays.copyOf(xy, xy.length + 2);
        if (!closed) {
            c[c.length - 2] = xy[0];
            c[c.length - 1] = xy[1];
        }
        if (c.length / 2 < 4) {
            return null;
        }
        return GF.createLinearRing(new PackedCoordinateSequence.Double(c, 2, 0));
    }

    /**
     * Builds level {@code l} on first use (a few hundred milliseconds): the window's first view needs one
     * coarse level only, so the map appears quickly and finer levels follow as the user zooms in.
     */
    private Level level(int zoom) {
        int l = 0;
        while (l < LEVEL_MAX_ZOOM.length && zoom > LEVEL_MAX_ZOOM[l]) {
            l++;
        }
        Level level = levels.get(l);
        if (level == null) {
            synchronized (this) {
                level = levels.get(l);
                if (level == null) {
                    level = buildLevel(l);
                    levels.set(l, level);
                }
            }
        }
        return level;
    }

    private Level buildLevel(int l) {
        int arcs = projected.size();
        List<double[]> levelArcs = l < LEVEL_MAX_ZOOM.length
                ? simplify(projected, TOLERANCE_PX / WebMercator.worldPixels(LEVEL_MAX_ZOOM[l])) : projected;
        Level level = new Level();
        // Below a pixel at the level's highest zoom a line or polygon is invisible: leave it out.
        double minExtent = l < LEVEL_MAX_ZOOM.length ? 1.0 / WebMercator.worldPixels(LEVEL_MAX_ZOOM[l]) : 0;
        for (int a = 0; a < arcs; a++) {
            double[] xy = levelArcs.get(a);
            if (xy.length < 4) {
                continue;
            }
            LineString line = GF.createLineString(new PackedCoordinateSequence.Double(xy, 2, 0));
            if (tooSmall(line, minExtent)) {
                continue;
            }
            if (countryUse[a] == 1) {
                level.coast.insert(line.getEnvelopeInternal(), line);
            } else if (countryUse[a] >= 2) {
                level.borders.insert(line.getEnvelopeInternal(), line);
            } else if (stateArc[a]) {
                level.states.insert(line.getEnvelopeInternal(), line);
            }
        }
        boolean full = l == LEVEL_MAX_ZOOM.length;
        for (TopoJson.Feature f : topo.features("countries")) {
            for (List<int[]> rings : f.polygons()) {
                Polygon p = polygon(rings, levelArcs);
                if (p == null || tooSmall(p, minExtent)) {
                    continue;
                }
                if (full && !p.isValid()) {
                    repairedPolygons.incrementAndGet();
                    addPolygons(level.land, GeometryFixer.fix(p));
                } else {
                    level.land.insert(p.getEnvelopeInternal(), p);
                }
            }
        }
        level.land.build();
        level.coast.build();
        level.borders.build();
        level.states.build();
        return level;
    }


    /** Land polygons (countries) at the detail suited to {@code zoom}, intersecting {@code area}. */
    @SuppressWarnings("unchecked")
    public List<Polygon> land(int zoom, Envelope area) {
        return level(zoom).land.query(area);
    }

    /** Coastline arcs (borders of one country only). */
    @SuppressWarnings("unchecked")
    public List<LineString> coastlines(int zoom, Envelope area) {
        return level(zoom).coast.query(area);
    }

    /** Land borders between two countries, each once. */
    @SuppressWarnings("unchecked")
    public List<LineString> countryBorders(int zoom, Envelope area) {
        return level(zoom).borders.query(area);
    }

    /** Borders between first-level divisions (states, provinces) that are not country borders. */
    @SuppressWarnings("unchecked")
    public List<LineString> stateBorders(int zoom, Envelope area) {
        return level(zoom).states.query(area);
    }

    /** Urban areas (full detail; they are small). */
    @SuppressWarnings("unchecked")
    public List<Polygon> urbanAreas(Envelope area) {
        return urban.query(area);
    }

    /** How many polygons GeometryFixer has repaired (urban areas at load, countries with the full level). */
    public int repairedPolygons() {
        return repairedPolygons.get();
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = BasemapData.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing bundled asset " + path);
        }
        return in;
    }
}
