package org.clusteratlas.basemap;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoded TopoJSON topology: shared arcs in longitude/latitude plus the objects that refer to them.
 * Keeping the topology (rather than converting to GeoJSON) lets the map draw each border once and tell a
 * coastline (an arc used by one country) from a land border (used by two).
 *
 * <p>Decoding follows the TopoJSON specification: quantized arcs are delta-encoded integer positions that
 * the {@code transform} (scale, translate) maps to coordinates; a ring lists arc indices, where a negative
 * index {@code ~i} means arc {@code i} reversed, and consecutive arcs share their joining point.
 */
public final class TopoJson {
    /** One polygonal feature: its properties and its polygons, each a list of rings of arc indices. */
    public record Feature(Map<String, String> properties, List<List<int[]>> polygons) {
    }

    private final List<double[]> arcs;
    private final Map<String, List<Feature>> objects;

    private TopoJson(List<double[]> arcs, Map<String, List<Feature>> objects) {
        this.arcs = arcs;
        this.objects = objects;
    }

    /** Decodes a parsed topology. Geometries other than Polygon and MultiPolygon are skipped. */
    public static TopoJson decode(JsonNode root) {
        if (!"Topology".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a TopoJSON topology: type " + root.path("type").asText());
        }
        JsonNode transform = root.get("transform");
        double sx = 1;
        double sy = 1;
        double tx = 0;
        double ty = 0;
        if (transform != null) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        List<double[]> arcs = new ArrayList<>(root.get("arcs").size());
        for (JsonNode arc : root.get("arcs")) {
            double[] xy = new double[arc.size() * 2];
            long qx = 0;
            long qy = 0;
            int k = 0;
            for (JsonNode p : arc) {
                if (transform != null) {
                    qx += p.get(0).asLong();
                    qy += p.get(1).asLong();
                    xy[k++] = qx * sx + tx;
                    xy[k++] = qy * sy + ty;
                } else {
                    xy[k++] = p.get(0).asDouble();
                    xy[k++] = p.get(1).asDouble();
                }
            }
            arcs.add(xy);
        }
        Map<String, List<Feature>> objects = new HashMap<>();
        root.get("objects").fields().forEachRemaining(e -> objects.put(e.getKey(), features(e.getValue())));
        return new TopoJson(arcs, objects);
    }

    private static List<Feature> features(JsonNode object) {
        List<Feature> out = new ArrayList<>();
        JsonNode geometries = "GeometryCollection".equals(object.path("type").asText())
                ? object.get("geometries") : null;
        if (geometries == null) {
            addFeature(object, out);
        } else {
            for (JsonNode g : geometries) {
                addFeature(g, out);
            }
        }
        return out;
    }

    private static void addFeature(JsonNode g, List<Feature> out) {
        String type = g.path("type").asText();
        List<List<int[]>> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(rings(g.get("arcs")));
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode p : g.get("arcs")) {
                polygons.add(rings(p));
            }
        } else {
            return;
        }
        Map<String, String> props = new HashMap<>();
        JsonNode p = g.get("properties");
        if (p != null) {
            p.fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        }
        out.add(new Feature(props, polygons));
    }

    private static List<int[]> rings(JsonNode polygon) {
        List<int[]> rings = new ArrayList<>(polygon.size());
        for (JsonNode ring : polygon) {
            int[] idx = new int[ring.size()];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = ring.get(k).asInt();
            }
            rings.add(idx);
        }
        return rings;
    }

    public int arcCount() {
        return arcs.size();
    }

    /** Arc {@code index} as interleaved lon, lat pairs (shared, do not modify). */
    public double[] arc(int index) {
        return arcs.get(index);
    }

    /** The polygonal features of an object, or an empty list. */
    public List<Feature> features(String object) {
        return objects.getOrDefault(object, List.of());
    }

    /** Decodes a signed arc reference: {@code ~i} (that is {@code -i-1}) means arc i reversed. */
    public static int arcIndex(int ref) {
        return ref >= 0 ? ref : ~ref;
    }

    /**
     * Stitches a ring from arc references into interleaved coordinates, taking each arc from {@code arcs}
     * (which may be simplified copies of the topology's arcs, same indices) and dropping the point each arc
     * shares with the previous one.
     */
    public static double[] stitch(int[] refs, List<double[]> arcs) {
        int n = 0;
        for (int r : refs) {
            n += arcs.get(arcIndex(r)).length / 2;
        }
        double[] out = new double[2 * n];
        int k = 0;
        for (int r : refs) {
            double[] a = arcs.get(arcIndex(r));
            int pts = a.length / 2;
            boolean reversed = r < 0;
            for (int p = 0; p < pts; p++) {
                int src = reversed ? pts - 1 - p : p;
                if (k > 0 && p == 0) {
                    continue; // shared with the end of the previous arc
                }
                out[k++] = a[2 * src];
                out[k++] = a[2 * src + 1];
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
