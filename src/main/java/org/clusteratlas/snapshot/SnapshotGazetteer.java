package org.clusteratlas.snapshot;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The optional {@code gazetteer} table of a snapshot: places a snapshot's author chose for naming clusters
 * and estimating their population (e.g. a regional gazetteer, or the names of a published ranking). When
 * present it replaces the bundled GeoNames gazetteer for that snapshot.
 */
public final class SnapshotGazetteer {
    private SnapshotGazetteer() {
    }

    /** The snapshot's own gazetteer, or empty when it has no (or an empty) {@code gazetteer} table. */
    public static Optional<Gazetteer> read(Path file) throws SnapshotException {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException(file, "no such file");
        }
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?immutable=1", p)) {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                            + SnapshotSchema.GAZETTEER + "'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            List<Place> places = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT rowid, name, country, admin1, lat, lon, population FROM gazetteer ORDER BY rowid")) {
                while (rs.next()) {
                    long row = rs.getLong(1);
                    String name = rs.getString(2);
                    double lat = rs.getDouble(5);
                    double lon = rs.getDouble(6);
                    long population = rs.getLong(7);
                    if (name == null || name.isBlank()) {
                        throw new SnapshotException(file, SnapshotSchema.GAZETTEER, row, "empty name");
                    }
                    if (rs.getObject(5) == null || rs.getObject(6) == null || !(lat >= -90 && lat <= 90)
                            || !(lon >= -180 && lon <= 180)) {
                        throw new SnapshotException(file, SnapshotSchema.GAZETTEER, row,
                                "coordinates out of range: " + rs.getString(5) + ", " + rs.getString(6));
                    }
                    if (population < 0) {
                        throw new SnapshotException(file, SnapshotSchema.GAZETTEER, row,
                                "negative population " + population);
                    }
                    String country = blankToNull(rs.getString(3));
                    places.add(new Place(row, name.trim(), name.trim(), lat, lon, "PPL", country,
                            blankToNull(rs.getString(4)), null, population));
                }
            }
            return places.isEmpty() ? Optional.empty() : Optional.of(new Gazetteer(places));
        } catch (SQLException e) {
            throw new SnapshotException(file, SnapshotSchema.GAZETTEER, -1, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
