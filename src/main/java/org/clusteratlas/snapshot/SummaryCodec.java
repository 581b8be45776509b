package org.clusteratlas.snapshot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link LocationTable} into a snapshot's summary tables and reads it back: {@code summary_locations}
 * (one row per unique coordinate pair, its entries packed {@value SnapshotSchema#SUMMARY_ENTRY_BYTES} bytes
 * each in a BLOB, so a load reads one row per location instead of one per address), {@code summary_fields}
 * and {@code summary_unlocated}. Reading checks every value against {@link SnapshotContract} and the table's
 * canonical order (the summary costs little to check; only the rows are too many), naming the summary row
 * at fault.
 */
final class SummaryCodec {
    private static final int BATCH = 10_000;

    private SummaryCodec() {
    }

    static void write(Connection db, LocationTable t) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + SnapshotSchema.SUMMARY_LOCATIONS
                + "(id, lat, lon, country, city, entries) VALUES (?,?,?,?,?,?)")) {
            for (int l = 0; l < t.size(); l++) {
                int from = t.entryStart(l);
                int to = t.entryEnd(l);
                ByteBuffer b = ByteBuffer.allocate((to - from) * SnapshotSchema.SUMMARY_ENTRY_BYTES)
                        .order(ByteOrder.LITTLE_ENDIAN);
                for (int e = from; e < to; e++) {
                    b.put((byte) t.entryKind(e).ordinal()).putShort((short) t.entryYear(e))
                            .putShort((short) (t.entryField(e) + 1)).putDouble(t.entryWeight(e));
                }
                ps.setLong(1, l + 1L);
                ps.setDouble(2, t.lat(l));
                ps.setDouble(3, t.lon(l));
                ps.setString(4, t.country(l));
                ps.setString(5, t.city(l));
                ps.setBytes(6, b.array());
                ps.addBatch();
                if ((l + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + SnapshotSchema.SUMMARY_FIELDS
                + "(id, name) VALUES (?,?)")) {
            for (int f = 0; f < t.fields().size(); f++) {
                ps.setLong(1, f + 1L);
                ps.setString(2, t.fields().get(f));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + SnapshotSchema.SUMMARY_UNLOCATED
                + "(kind, year, field, weight) VALUES (?,?,?,?)")) {
            for (int u = 0; u < t.unlocatedCount(); u++) {
                ps.setString(1, t.unlocatedKind(u).code());
                ps.setInt(2, t.unlocatedYear(u));
                if (t.unlocatedField(u) < 0) {
                    ps.setNull(3, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(3, t.unlocatedField(u));
                }
                ps.setDouble(4, t.unlocatedWeight(u));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Reads and checks the summary of an open snapshot. */
    static LocationTable read(Path file, Connection db, ProgressListener progress, int locationRows)
            throws SQLException, SnapshotException {
        List<String> fields = fields(file, db);
        Decoded d = new Decoded(locationRows, fields.size());
        String t = SnapshotSchema.SUMMARY_LOCATIONS;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, lat, lon, country, city, entries,"
                     + " typeof(lat) IN ('real','integer') AND typeof(lon) IN ('real','integer') FROM " + t + " ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != d.locations + 1L) {
                    throw new SnapshotException(file, t, id, "ids must be 1, 2, ... without gaps (expected "
                            + (d.locations + 1) + ")");
                }
                double lat = rs.getDouble(2);
                double lon = rs.getDouble(3);
                if (rs.getInt(7) == 0 || SnapshotContract.latitudeProblem(lat) != null
                        || SnapshotContract.longitudeProblem(lon) != null) {
                    throw new SnapshotException(file, t, id, "coordinates " + rs.getString(2) + ", "
                            + rs.getString(3) + " are not a valid latitude and longitude");
                }
                byte[] entries = rs.getBytes(6);
                String bad = d.location(lat, lon, rs.getString(4), rs.getString(5), entries);
                if (bad != null) {
                    throw new SnapshotException(file, t, id, bad);
                }
                if ((d.locations & 0xFFF) == 0) {
                    progress.progress(Math.min(0.99, (double) d.locations / Math.max(1, locationRows)));
                }
            }
        }
        readUnlocated(file, db, d);
        if (!d.sortUnlocated()) {
            throw new SnapshotException(file, SnapshotSchema.SUMMARY_UNLOCATED, -1, "a (kind, year, field) repeats");
        }
        return d.table(fields);
    }

    private static List<String> fields(Path file, Connection db) throws SQLException, SnapshotException {
        String t = SnapshotSchema.SUMMARY_FIELDS;
        List<String> names = new ArrayList<>();
        NameCodes codes = new NameCodes();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name FROM " + t + " ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                if (id != names.size() + 1L || name == null || codes.code(name) != names.size()) {
                    throw new SnapshotException(file, t, id, "fields must be numbered 1, 2, ... with distinct,"
                            + " non-blank names");
                }
                names.add(name);
            }
        }
        if (names.size() > Short.MAX_VALUE - 1) {
            throw new SnapshotException(file, t, -1, "more than " + (Short.MAX_VALUE - 1) + " distinct fields");
        }
        return names;
    }

    private static void readUnlocated(Path file, Connection db, Decoded d) throws SQLException, SnapshotException {
        String t = SnapshotSchema.SUMMARY_UNLOCATED;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid, kind, year, field, weight FROM " + t + " ORDER BY rowid")) {
            while (rs.next()) {
                DocumentKind kind = DocumentKind.fromCode(rs.getString(2));
                long year = rs.getLong(3);
                int field = rs.getObject(4) == null ? -1 : rs.getInt(4);
                double weight = rs.getDouble(5);
                String bad = d.unlocated(kind, year, field, weight);
                if (bad != null) {
                    throw new SnapshotException(file, t, rs.getLong(1), bad);
                }
            }
        }
    }

    /** The table being decoded, in growing primitive arrays. */
    private static final class Decoded {
        private final int fieldCount;
        private final NameCodes countries = new NameCodes();
        private final NameCodes cities = new NameCodes();
        private double[] lat;
        private double[] lon;
        private int[] country;
        private int[] city;
        private int[] start;
        private int locations;
        private byte[] kind = new byte[1 << 16];
        private short[] year = new short[1 << 16];
        private short[] field = new short[1 << 16];
        private double[] weight = new double[1 << 16];
        private int entries;
        private final List<long[]> unlocated = new ArrayList<>();

        Decoded(int expectedLocations, int fieldCount) {
            int cap = Math.max(16, expectedLocations);
            this.fieldCount = fieldCount;
            lat = new double[cap];
            lon = new double[cap];
            country = new int[cap];
            city = new int[cap];
            start = new int[cap + 1];
        }

        /** Adds a location and its entries; returns what is wrong with them, or null. */
        String location(double la, double lo, String countryCode, String cityName, byte[] packed) {
            if (packed == null || packed.length % SnapshotSchema.SUMMARY_ENTRY_BYTES != 0) {
                return "entries are not a BLOB of " + SnapshotSchema.SUMMARY_ENTRY_BYTES + "-byte records";
            }
            if (locations + 1 >= start.length) {
                int cap = start.length * 2;
                lat = Arrays.copyOf(lat, cap);
                lon = Arrays.copyOf(lon, cap);
                country = Arrays.copyOf(country, cap);
                city = Arrays.copyOf(city, cap);
                start = Arrays.copyOf(start, cap + 1);
            }
            int n = packed.length / SnapshotSchema.SUMMARY_ENTRY_BYTES;
            if (entries + n > kind.length) {
                int cap = Math.max(entries + n, kind.length + (kind.length >> 1));
                kind = Arrays.copyOf(kind, cap);
                year = Arrays.copyOf(year, cap);
                field = Arrays.copyOf(field, cap);
                weight = Arrays.copyOf(weight, cap);
            }
            ByteBuffer b = ByteBuffer.wrap(packed).order(ByteOrder.LITTLE_ENDIAN);
            long previous = -1;
            for (int i = 0; i < n; i++) {
                int k = b.get();
                int y = b.getShort() & 0xFFFF;
                int f = (b.getShort() & 0xFFFF) - 1;
                double w = b.getDouble();
                String bad = check(k, y, f, w);
                if (bad != null) {
                    return "entry " + (i + 1) + ": " + bad;
                }
                long key = LocationTable.Builder.entryKey(DocumentKind.values()[k], y, f) & 0xFFFF_FFFFL;
                if (key <= previous) {
                    return "entry " + (i + 1) + ": entries not in (kind, year, field) order or repeated";
                }
                previous = key;
                kind[entries] = (byte) k;
                year[entries] = (short) y;
                field[entries] = (short) f;
                weight[entries] = w;
                entries++;
            }
            lat[locations] = la;
            lon[locations] = lo;
            country[locations] = countries.code(countryCode);
            city[locations] = cities.code(cityName);
            locations++;
            start[locations] = entries;
            return null;
        }

        String unlocated(DocumentKind k, long y, int f, double w) {
            String bad = k == null ? "unknown kind" : check(k.ordinal(), y, f, w);
            if (bad == null) {
                long key = LocationTable.Builder.entryKey(k, (int) y, f) & 0xFFFF_FFFFL;
                unlocated.add(new long[] {key, Double.doubleToRawLongBits(w)});
            }
            return bad;
        }

        /** Sorts the unlocated entries into the table's order; false if one (kind, year, field) repeats. */
        boolean sortUnlocated() {
            unlocated.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 1; i < unlocated.size(); i++) {
                if (unlocated.get(i)[0] == unlocated.get(i - 1)[0]) {
                    return false;
                }
            }
            return true;
        }

        private String check(int k, long y, int f, double w) {
            if (k != 0 && k != 1) {
                return "kind " + k + " is neither 0 (patent) nor 1 (publication)";
            }
            String yearProblem = SnapshotContract.yearProblem(y);
            if (yearProblem != null) {
                return yearProblem;
            }
            if (f < -1 || f >= fieldCount) {
                return "field " + f + " not in summary_fields";
            }
            if (!(w > 0 && w < Double.POSITIVE_INFINITY)) {
                return "weight " + w + " is not a positive number";
            }
            return null;
        }

        LocationTable table(List<String> fields) {
            int u = unlocated.size();
            byte[] ukind = new byte[u];
            short[] uyear = new short[u];
            short[] ufield = new short[u];
            double[] uweight = new double[u];
            for (int i = 0; i < u; i++) {
                long k = unlocated.get(i)[0];
                ukind[i] = (byte) ((k >>> 31) & 1);
                uyear[i] = (short) ((k >>> 15) & 0xFFFF);
                ufield[i] = (short) ((k & 0x7FFF) - 1);
                uweight[i] = Double.longBitsToDouble(unlocated.get(i)[1]);
            }
            return new LocationTable(Arrays.copyOf(lat, locations), Arrays.copyOf(lon, locations),
                    Arrays.copyOf(country, locations), Arrays.copyOf(city, locations),
                    Arrays.copyOf(start, locations + 1), Arrays.copyOf(kind, entries), Arrays.copyOf(year, entries),
                    Arrays.copyOf(field, entries), Arrays.copyOf(weight, entries), ukind, uyear, ufield, uweight,
                    countries.names(), cities.names(), fields);
        }
    }
}
