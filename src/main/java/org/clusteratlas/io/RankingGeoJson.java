package org.clusteratlas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusteratlas.rank.ClusterFootprints;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Rankings as GeoJSON (RFC 7946): one Feature per cluster whose geometry is its footprint
 * ({@link ClusterFootprints}), coordinates [lon, lat] to 6 decimals, properties as in the CSV (with
 * {@code null} for empty values). The provenance and parameters go into a foreign member
 * {@code cluster_atlas}, which GIS tools ignore. A footprint across the antimeridian keeps continuous
 * longitudes (some beyond 180) instead of being split, so it never spans the world.
 */
public final class RankingGeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private RankingGeoJson() {
    }

    /** @param ranking the ranking the report's rows come from (its clustering gives the member locations) */
    public static void write(RankingReport report, Ranking ranking, Writer out) throws IOException {
        write(report, ranking, OptionalColumns.of(report), out);
    }

    /**
     * The properties also carry the optional groups' scalar fields (for GIS tools): the profiles' columns,
     * {@link SweepColumns#HEADER}, {@link PublishedColumns#HEADER}.
     */
    public static void write(RankingReport report, Ranking ranking, OptionalColumns optional, Writer out)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "FeatureCollection");
        ObjectNode meta = RankingJson.toTree(report, optional);
        meta.remove("rows");
        meta.remove("vanished");
        root.set("cluster_atlas", meta);
        ArrayNode features = root.putArray("features");
        Map<Integer, Geometry> hulls = ClusterFootprints.of(ranking, report.rows());
        for (ClusterRow r : report.rows()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", r.clusterId());
            f.set("geometry", geometry(hulls.get(r.clusterId())));
            ObjectNode props = RankingJson.row(r, report.request().reference());
            optional.json(props, r, false);
            f.set("properties", props);
        }
        MAPPER.writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    static ObjectNode geometry(Geometry g) {
        ObjectNode o = MAPPER.createObjectNode();
        if (g instanceof Polygon p) {
            o.put("type", "Polygon");
            polygon(o.putArray("coordinates"), p);
        } else {
            o.put("type", "MultiPolygon");
            ArrayNode polys = o.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    polygon(polys.addArray(), p);
                }
            }
        }
        return o;
    }

    private static void polygon(ArrayNode rings, Polygon p) {
        // RFC 7946: exterior ring counterclockwise, holes clockwise
        ring(rings.addArray(), (LineString) p.getExteriorRing().copy(), true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(rings.addArray(), (LineString) p.getInteriorRingN(h).copy(), false);
        }
    }

    private static void ring(ArrayNode out, LineString ring, boolean ccw) {
        Coordinate[] cs = ring.getCoordinates();
        if (org.locationtech.jts.algorithm.Orientation.isCCW(cs) != ccw) {
            cs = ring.reverse().getCoordinates();
        }
        for (Coordinate c : cs) {
            ArrayNode pt = out.addArray();
            pt.add(round(c.x));
            pt.add(round(c.y));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
