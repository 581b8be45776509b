package org.clusteratlas.snapshot;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a snapshot's optional {@code gazetteer} table, so a producer can ship places matching its own geocoder;
 * validated like the other tables (coordinates, population), each failure naming the rowid.
 */
final class SnapshotGazetteerReader {
    private static final List<String> COLUMNS = List.of("name", "country", "admin1", "lat", "lon", "population");

    private SnapshotGazetteerReader() {
    }

    /** The gazetteer, or null when the table is absent or empty. */
    static Gazetteer read(Path file, Connection db, java.util.Set<String> tables) throws SQLException,
            SnapshotException {
        String t = SnapshotSchema.GAZETTEER;
        if (!tables.contains(t)) {
            return null;
        }
        SchemaCheck.requireColumns(file, db, t, COLUMNS);
        List<Place> places = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid, name, country, admin1, lat, lon, population,"
                     + " typeof(lat) IN ('real','integer') AND typeof(lon) IN ('real','integer')"
                     + " AND typeof(population) = 'integer' FROM gazetteer ORDER BY rowid")) {
            while (rs.next()) {
                long row = rs.getLong(1);
                String name = rs.getString(2);
                double lat = rs.getDouble(5);
                double lon = rs.getDouble(6);
                long population = rs.getLong(7);
                if (name == null || name.isBlank()) {
                    throw new SnapshotException(file, t, row, "place without a name");
                }
                if (rs.getInt(8) == 0) {
                    throw new SnapshotException(file, t, row, "lat, lon or population is not a number");
                }
                String problem = SnapshotContract.latitudeProblem(lat);
                if (problem == null) {
                    problem = SnapshotContract.longitudeProblem(lon);
                }
                if (problem != null) {
                    throw new SnapshotException(file, t, row, problem);
                }
                if (population < 0) {
                    throw new SnapshotException(file, t, row, "negative population " + population);
                }
                places.add(new Place(row, name, name, lat, lon, null, rs.getString(3), rs.getString(4), null,
                        population));
            }
        }
        return places.isEmpty() ? null : new Gazetteer(places);
    }
}
