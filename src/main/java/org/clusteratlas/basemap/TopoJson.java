package org.clusteratlas.basemap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;

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

    /**
     * Reads a topology from a stream. The arcs (nearly all of the file) are streamed straight into arrays
     * rather than through a JSON tree, which makes loading the bundled 3.5 MB file several times faster;
     * the small parts (transform, objects) are read as trees.
     */
    public static TopoJson read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a TopoJSON topology: no top-level object");
            }
            ObjectNode root = mapper.createObjectNode();
            List<double[]> raw = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                p.nextToken();
                if ("arcs".equals(field)) {
                    raw = readRawArcs(p);
                } else {
                    root.set(field, mapper.readTree(p));
                }
            }
            if (!"Topology".equals(root.path("type").asText()) || raw == null) {
                throw new IOException("not a TopoJSON topology: type " + root.path("type").asText());
            }
            return new TopoJson(decodeArcs(raw, root.get("transform")), objects(root.get("objects")));
        }
    }

    /** Each arc's positions as read: x0, y0, x1, y1, ... (quantized deltas when there is a transform). */
    private static List<double[]> readRawArcs(JsonParser p) throws IOException {
        List<double[]> arcs = new ArrayList<>();
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        double[] buf = new double[1024];
        while (p.nextToken() == JsonToken.START_ARRAY) { // an arc
            int n = 0;
            while (p.nextToken() == JsonToken.START_ARRAY) { // a position
                int dims = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (dims < 2) {
                        if (n == buf.length) {
                            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                        }
                        buf[n++] = p.getDoubleValue();
                    }
                    dims++;
                }
                if (dims < 2) {
                    throw new IOException("TopoJSON position with fewer than 2 coordinates at " + p.getCurrentLocation());
                }
            }
            arcs.add(java.util.Arrays.copyOf(buf, n));
        }
        return arcs;
    }

    private static void expect(JsonToken actual, JsonToken wanted, JsonParser p) throws IOException {
        if (actual != wanted) {
            throw new IOException("TopoJSON: expected " + wanted + " but found " + actual + " at " + p.getCurrentLocation());
        }
    }

    private static List<double[]> decodeArcs(List<double[]> raw, JsonNode transform) {
        if (transform == null) {
            return raw;
        }
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        for (double[] xy : raw) {
            long qx = 0;
            long qy = 0;
            for (int k = 0; k < xy.length; k += 2) {
                qx += (long) xy[k];
                qy += (long) xy[k + 1];
                xy[k] = qx * sx + tx;
                xy[k + 1] = qy * sy + ty;
            }
        }
        return raw;
    }

    private static Map<String, List<Feature>> objects(JsonNode objects) {
        Map<String, List<Feature>> out = new HashMap<>();
        if (objects != null) {
            objects.fields().forEachRemaining(e -> out.put(e.getKey(), features(e.getValue())));
        }
        return out;
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
