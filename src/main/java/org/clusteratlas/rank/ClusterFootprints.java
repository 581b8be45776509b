package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.LocationTable;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outline of a cluster for maps and GeoJSON: the concave hull of its member locations (x = longitude,
 * y = latitude), a convex hull when the concave one degenerates, and a small buffer around one or two
 * points or a line. Longitudes are unwrapped into the 360-degree window centred on the cluster's
 * centroid, so a cluster across the antimeridian gets a small polygon (with longitudes beyond 180), never
 * one spanning the world.
 */
public final class ClusterFootprints {
    /** Concave hull edge-length ratio (0 = tightest, 1 = convex hull). */
    public static final double HULL_LENGTH_RATIO = 0.3;
    /** Buffer (degrees) around clusters of one or two points or collinear points, about 1 km. */
    public static final double SMALL_BUFFER_DEG = 0.01;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ClusterFootprints() {
    }

    /** Footprints of the given rows' clusters, keyed by cluster id, in row order. */
    public static Map<Integer, Geometry> of(Ranking ranking, List<ClusterRow> rows) {
        Clustering clustering = ranking.clustering();
        LocationTable table = ranking.placeIndex().table();
        Map<Integer, ClusterRow> wanted = new LinkedHashMap<>();
        for (ClusterRow r : rows) {
            wanted.put(r.clusterId(), r);
        }
        Map<Integer, List<Coordinate>> points = new LinkedHashMap<>();
        for (Integer c : wanted.keySet()) {
            points.put(c, new ArrayList<>());
        }
        for (int i = 0; i < clustering.locationCount(); i++) {
            List<Coordinate> list = points.get(clustering.clusterOf(i));
            if (list != null) {
                double lon = unwrap(table.lon(i), wanted.get(clustering.clusterOf(i)).lon());
                list.add(new Coordinate(lon, table.lat(i)));
            }
        }
        Map<Integer, Geometry> out = new LinkedHashMap<>();
        points.forEach((c, pts) -> out.put(c, hull(pts)));
        return out;
    }

    /** The longitude equal to {@code lon} modulo 360 that lies within 180 degrees of {@code centre}. */
    public static double unwrap(double lon, double centre) {
        double d = lon - centre;
        d -= 360 * Math.floor((d + 180) / 360);
        return centre + d;
    }

    /** Hull of lon/lat points, degrading to a convex hull or a buffer when there are too few. */
    public static Geometry hull(List<Coordinate> points) {
        Set<Coordinate> distinct = new LinkedHashSet<>(points);
        Geometry multi = GEOMETRY.createMultiPointFromCoords(distinct.toArray(new Coordinate[0]));
        if (distinct.size() >= 3) {
            Geometry convex = multi.convexHull();
            if (convex instanceof Polygonal && convex.getArea() > 0) {
                Geometry concave = ConcaveHull.concaveHullByLengthRatio(multi, HULL_LENGTH_RATIO);
                if (concave instanceof Polygonal && concave.isValid() && concave.getArea() > 0) {
                    return concave;
                }
                return convex;
            }
        }
        return multi.convexHull().buffer(SMALL_BUFFER_DEG, 8);
    }
}
