package org.clusteratlas.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a snapshot's documents and addresses again, into a {@link DocumentAddresses} aligned with the
 * {@link LocationTable} it was opened into (same location and field indices). Run on demand and off the
 * window's thread: profiles (growth, international share, partners, organisations) need it, ranking does not.
 *
 * <p>The snapshot was validated when opened; this pass still fails with a {@link SnapshotException} naming
 * the table when the file no longer matches (changed in between) or its optional organisations are broken.
 * Locations are matched to the table by their coordinates, so the table's own merge of duplicates applies.
 * Organisations come from the optional {@code organizations} table and {@code addresses.organization_id}
 * column; a file without them (format v1 as first written) reads with no organisations.
 */
public final class DocumentAddressReader {
    private DocumentAddressReader() {
    }

    /** Reads {@code snapshot.file()} against its table. */
    public static DocumentAddresses read(Snapshot snapshot) throws SnapshotException {
        return read(snapshot.file(), snapshot.table());
    }

    public static DocumentAddresses read(Path file, LocationTable table) throws SnapshotException {
        String reading = SnapshotSchema.DOCUMENTS;
        try (Connection db = SnapshotReader.connect(file)) {
            boolean withOrganizations = hasOrganizations(db, file);
            Docs docs = documents(db, table.fields());
            reading = SnapshotSchema.LOCATIONS;
            long[] locationIds = new long[1024];
            int[] locationIndex = new int[1024];
            int locs = 0;
            CoordinateIndex coordinates = new CoordinateIndex(table);
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, lat, lon FROM locations ORDER BY id")) {
                while (rs.next()) {
                    if (locs == locationIds.length) {
                        locationIds = Arrays.copyOf(locationIds, locs * 2);
                        locationIndex = Arrays.copyOf(locationIndex, locs * 2);
                    }
                    locationIds[locs] = rs.getLong(1);
                    int i = coordinates.indexOf(rs.getDouble(2), rs.getDouble(3));
                    if (i < 0) {
                        throw new SnapshotException(file, reading, locationIds[locs],
                                "location not in the opened snapshot (was the file changed?)");
                    }
                    locationIndex[locs++] = i;
                }
            }
            IdIndex locationIdIndex = IdIndex.of(locationIds, locs);
            List<String> organizations = new ArrayList<>();
            IdIndex organizationIds = null;
            int orgs = 0;
            if (withOrganizations) {
                reading = SnapshotSchema.ORGANIZATIONS;
                long[] ids = new long[1024];
                try (Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("SELECT id, name FROM organizations ORDER BY id")) {
                    while (rs.next()) {
                        String name = rs.getString(2);
                        if (name == null || name.isBlank()) {
                            throw new SnapshotException(file, reading, rs.getLong(1), "organisation without a name");
                        }
                        if (orgs == ids.length) {
                            ids = Arrays.copyOf(ids, orgs * 2);
                        }
                        ids[orgs++] = rs.getLong(1);
                        organizations.add(name.strip());
                    }
                }
                organizationIds = IdIndex.of(ids, orgs);
            }
            reading = SnapshotSchema.ADDRESSES;
            return addresses(db, file, docs, locationIdIndex, locationIndex, locs, organizationIds, orgs,
                    organizations, table);
        } catch (SQLException e) {
            throw new SnapshotException(file, reading, -1, "not a readable SQLite snapshot (damaged?): "
                    + e.getMessage(), e);
        }
    }

    private record Docs(long[] ids, byte[] kind, short[] year, short[] field, double[] unlocated, int n,
                        IdIndex index) {
    }

    private static Docs documents(Connection db, List<String> fields) throws SQLException {
        Map<String, Integer> fieldIndex = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            fieldIndex.put(fields.get(i), i);
        }
        int cap = 1024;
        long[] ids = new long[cap];
        byte[] kinds = new byte[cap];
        short[] years = new short[cap];
        short[] fieldOf = new short[cap];
        double[] unlocated = new double[cap];
        int n = 0;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, CASE kind WHEN 'patent' THEN 0 WHEN 'publication' THEN 1"
                     + " ELSE -1 END, year, field, unlocated_share, kind FROM documents ORDER BY id")) {
            while (rs.next()) {
                if (n == ids.length) {
                    int grown = n + (n >> 1) + 16;
                    ids = Arrays.copyOf(ids, grown);
                    kinds = Arrays.copyOf(kinds, grown);
                    years = Arrays.copyOf(years, grown);
                    fieldOf = Arrays.copyOf(fieldOf, grown);
                    unlocated = Arrays.copyOf(unlocated, grown);
                }
                ids[n] = rs.getLong(1);
                int k = rs.getInt(2);
                if (k < 0) {
                    DocumentKind kind = DocumentKind.fromCode(rs.getString(6));
                    k = kind == null ? 0 : kind.ordinal();
                }
                kinds[n] = (byte) k;
                years[n] = (short) rs.getInt(3);
                String f = rs.getString(4);
                Integer fi = f == null ? null : fieldIndex.get(f);
                fieldOf[n] = (short) (fi == null ? -1 : fi);
                unlocated[n] = rs.getDouble(5);
                n++;
            }
        }
        return new Docs(ids, kinds, years, fieldOf, unlocated, n, IdIndex.of(ids, n));
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static DocumentAddresses addresses(Connection db, Path file, Docs docs, IdIndex locationIds,
                                               int[] locationIndex, int locs, IdIndex organizationIds, int orgs,
                                               List<String> organizations, LocationTable table)
            throws SQLException, SnapshotException {
        boolean withOrganizations = organizationIds != null;
        int cap = 1024;
        int[] doc = new int[cap];
        int[] loc = new int[cap];
        double[] share = new double[cap];
        int[] org = withOrganizations ? new int[cap] : null;
        int n = 0;
        String sql = "SELECT document_id, location_id, share" + (withOrganizations ? ", organization_id" : "")
                + " FROM addresses ORDER BY rowid";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            st.setFetchSize(65_536);
            while (rs.next()) {
                if (n == doc.length) {
                    int grown = n + (n >> 1) + 1024;
                    doc = Arrays.copyOf(doc, grown);
                    loc = Arrays.copyOf(loc, grown);
                    share = Arrays.copyOf(share, grown);
                    if (org != null) {
                        org = Arrays.copyOf(org, grown);
                    }
                }
                int d = docs.index().indexOf(rs.getLong(1), docs.n());
                int l = locationIds.indexOf(rs.getLong(2), locs);
                if (d < 0 || l < 0) {
                    throw new SnapshotException(file, SnapshotSchema.ADDRESSES, n + 1L,
                            "address of an unknown document or location (was the file changed?)");
                }
                doc[n] = d;
                loc[n] = locationIndex[l];
                share[n] = rs.getDouble(3);
                if (org != null) {
                    long o = rs.getLong(4);
                    int oi = -1;
                    if (!rs.wasNull()) {
                        oi = organizationIds.indexOf(o, orgs);
                        if (oi < 0) {
                            throw new SnapshotException(file, SnapshotSchema.ADDRESSES, n + 1L,
                                    "organization_id " + o + " has no row in 'organizations'");
                        }
                    }
                    org[n] = oi;
                }
                n++;
            }
        }
        return group(docs, n, doc, loc, share, org, organizations, table);
    }

    /** Groups the address rows by document (a stable counting sort) and marks international documents. */
    private static DocumentAddresses group(Docs docs, int n, int[] doc, int[] loc, double[] share, int[] org,
                                           List<String> organizations, LocationTable table) {
        int m = docs.n();
        int[] start = new int[m + 1];
        for (int i = 0; i < n; i++) {
            start[doc[i] + 1]++;
        }
        for (int d = 0; d < m; d++) {
            start[d + 1] += start[d];
        }
        int[] fill = Arrays.copyOf(start, m);
        int[] location = new int[n];
        double[] shares = new double[n];
        int[] organization = org == null ? null : new int[n];
        for (int i = 0; i < n; i++) {
            int p = fill[doc[i]]++;
            location[p] = loc[i];
            shares[p] = share[i];
            if (organization != null) {
                organization[p] = org[i];
            }
        }
        boolean[] international = new boolean[m];
        for (int d = 0; d < m; d++) {
            int first = -1;
            for (int a = start[d]; a < start[d + 1]; a++) {
                int c = table.countryIndex(location[a]);
                if (c < 0) {
                    continue;
                }
                if (first < 0) {
                    first = c;
                } else if (c != first) {
                    international[d] = true;
                    break;
                }
            }
        }
        return new DocumentAddresses(Arrays.copyOf(docs.kind(), m), Arrays.copyOf(docs.year(), m),
                Arrays.copyOf(docs.field(), m), Arrays.copyOf(docs.unlocated(), m), international, start, location,
                shares, organization, organizations);
    }

    /** Whether the file has the optional organisations (table and column), which must then come together. */
    private static boolean hasOrganizations(Connection db, Path file) throws SQLException, SnapshotException {
        Set<String> columns = new HashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(addresses)")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        boolean column = columns.contains(SnapshotSchema.ADDRESS_ORGANIZATION);
        boolean tableExists;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                     + SnapshotSchema.ORGANIZATIONS + "'")) {
            tableExists = rs.next() && rs.getInt(1) > 0;
        }
        if (column && !tableExists) {
            throw new SnapshotException(file, SnapshotSchema.ADDRESSES, -1,
                    "column organization_id without the table 'organizations'");
        }
        return column;
    }

    /** Table index of exact coordinates, by open addressing over the table's own arrays (no boxing). */
    static final class CoordinateIndex {
        private final LocationTable table;
        private final int[] slots;
        private final int mask;

        CoordinateIndex(LocationTable table) {
            this.table = table;
            int cap = Integer.highestOneBit(Math.max(4, table.size() * 2)) * 2;
            this.slots = new int[cap];
            this.mask = cap - 1;
            Arrays.fill(slots, -1);
            for (int i = 0; i < table.size(); i++) {
                int s = hash(table.lat(i), table.lon(i)) & mask;
                while (slots[s] >= 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = i;
            }
        }

        int indexOf(double lat, double lon) {
            double la = lat + 0.0;
            double lo = lon + 0.0;
            int s = hash(la, lo) & mask;
            while (slots[s] >= 0) {
                int i = slots[s];
                if (table.lat(i) == la && table.lon(i) == lo) {
                    return i;
                }
                s = (s + 1) & mask;
            }
            return -1;
        }

        private static int hash(double lat, double lon) {
            long h = Double.doubleToLongBits(lat + 0.0) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(lon + 0.0);
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
