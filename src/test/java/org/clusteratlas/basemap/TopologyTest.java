package org.clusteratlas.basemap;

import org.clusteratlas.geo.WebMercator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TopologyTest {
    /** Two unit squares side by side sharing the arc x=1; quantized with scale 0.5 and a translate. */
    private static final String TOPO = """
            {"type":"Topology",
             "transform":{"scale":[0.5,0.5],"translate":[10,20]},
             "arcs":[[[2,0],[0,2]], [[2,2],[-2,0],[0,-2],[2,0]], [[2,0],[2,0],[0,2],[-2,0]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","properties":{"name":"West"},"arcs":[[1,0]]},
               {"type":"MultiPolygon","properties":{"name":"East"},"arcs":[[[2,-1]]]},
               {"type":"LineString","arcs":[0]}]}}}
            """;

    private static TopoJson streamed() throws Exception {
        return TopoJson.read(new java.io.ByteArrayInputStream(TOPO.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void streamingAndTreeDecodingAgree() throws Exception {
        TopoJson a = streamed();
        TopoJson b = TopoJson.decode(new ObjectMapper().readTree(TOPO));
        assertEquals(b.arcCount(), a.arcCount());
        for (int k = 0; k < a.arcCount(); k++) {
            assertArrayEquals(b.arc(k), a.arc(k), 1e-12);
        }
        assertEquals(b.features("countries").size(), a.features("countries").size());
    }

    @Test
    void decodesDeltaQuantizedArcs() throws Exception {
        TopoJson t = streamed();
        assertEquals(3, t.arcCount());
        // Arc 0: positions (2,0), (2,2) -> (11,20), (11,21).
        assertArrayEquals(new double[] {11, 20, 11, 21}, t.arc(0), 1e-12);
        // Arc 1 starts at (2,2) and moves -2,0 then 0,-2 then 2,0.
        assertArrayEquals(new double[] {11, 21, 10, 21, 10, 20, 11, 20}, t.arc(1), 1e-12);
    }

    @Test
    void stitchesRingsAndReversesNegativeArcs() throws Exception {
        TopoJson t = streamed();
        List<TopoJson.Feature> countries = t.features("countries");
        assertEquals(2, countries.size(), "the LineString is skipped");
        assertEquals("West", countries.get(0).properties().get("name"));
        List<double[]> arcs = List.of(t.arc(0), t.arc(1), t.arc(2));
        // West: arc 1 then arc 0; the shared joining point appears once, the ring closes.
        double[] west = TopoJson.stitch(countries.get(0).polygons().get(0).get(0), arcs);
        assertArrayEquals(new double[] {11, 21, 10, 21, 10, 20, 11, 20, 11, 21}, west, 1e-12);
        // East: arc 2 then ~0 = arc 0 reversed, (11,21) -> (11,20).
        double[] east = TopoJson.stitch(countries.get(1).polygons().get(0).get(0), arcs);
        assertArrayEquals(new double[] {11, 20, 12, 20, 12, 21, 11, 21, 11, 20}, east, 1e-12);
        assertEquals(-1, ~0);
        assertEquals(0, TopoJson.arcIndex(-1));
    }

    @Test
    void simplificationKeepsEndsAndSignificantCorners() {
        double[] zigzag = {0, 0, 1, 0.01, 2, 0, 3, 5, 4, 0};
        assertArrayEquals(new double[] {0, 0, 2, 0, 3, 5, 4, 0}, ArcSimplifier.simplify(zigzag, 0.1), 1e-12);
        assertArrayEquals(new double[] {0, 0, 4, 0}, ArcSimplifier.simplify(zigzag, 10), 1e-12);
        assertArrayEquals(zigzag, ArcSimplifier.simplify(zigzag, 0.001), 1e-12);
    }

    @Test
    void webMercatorRoundTrips() {
        assertEquals(0.5, WebMercator.x(0), 1e-12);
        assertEquals(0.5, WebMercator.y(0), 1e-12);
        assertEquals(0.0, WebMercator.y(WebMercator.MAX_LAT), 1e-9);
        assertEquals(48.85, WebMercator.lat(WebMercator.y(48.85)), 1e-9);
        assertEquals(-122.4, WebMercator.lon(WebMercator.x(-122.4)), 1e-9);
    }
}
