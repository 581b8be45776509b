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
    /** Point count above which hull input is snapped to a grid. */
    public static final int SNAP_ABOVE = 1000;
    /** Smallest grid step (degrees, about 500 m) for snapping large clusters' points. */
    public static final double SNAP_DEG = 0.005;
    /** Grid cells across the larger side of a large cluster's bounding box. */
    public static final int SNAP_CELLS = 40;

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

    /**
     * Hull of lon/lat points, degrading to a convex hull or a buffer when there are too few. Above
     * {@link #SNAP_ABOVE} points they are first snapped to a grid of {@link #SNAP_CELLS} cells across the
     * cluster (at least {@link #SNAP_DEG}): the hull's cost grows with the points and a metropolis has tens
     * of thousands. The hull is then widened by one grid step, so it still covers every point.
     */
    public static Geometry hull(List<Coordinate> points) {
        Set<Coordinate> distinct = new LinkedHashSet<>(points);
        if (distinct.size() > SNAP_ABOVE) {
            org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
            distinct.forEach(box::expandToInclude);
            double step = Math.max(SNAP_DEG, Math.max(box.getWidth(), box.getHeight()) / SNAP_CELLS);
            Set<Coordinate> snapped = new LinkedHashSet<>();
            for (Coordinate c : distinct) {
                snapped.add(new Coordinate(Math.round(c.x / step) * step, Math.round(c.y / step) * step));
            }
            return exactHull(snapped).buffer(step, 2);
        }
        return exactHull(distinct);
    }

    private static Geometry exactHull(Set<Coordinate> distinct) {
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
