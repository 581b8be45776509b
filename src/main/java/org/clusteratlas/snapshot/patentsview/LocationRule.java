package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.TableHeader;

import java.io.Serializable;
import java.util.List;

/**
 * What a row of the geocoded locations table ({@code g_location_disambiguated}, or {@code location} before
 * 2022) gives: the location with its coordinates (NaN when it has none: inventors there are unlocated), the
 * contract's country code (none for a value that is not one, flagged so it is counted) and city; or a bad line
 * (empty id, malformed or out-of-range coordinates). A location id repeated in the table is the first kept
 * row's. Applied by the desktop importer and the Spark builder.
 */
public final class LocationRule implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<Layout> LAYOUTS = List.of(PatentsViewTables.LOCATIONS,
            PatentsViewTables.LOCATIONS_LEGACY);

    /**
     * @param invalidCountry whether the row's country was not an ISO-2 code (kept without country)
     */
    public record Location(String id, double lat, double lon, String country, String city, boolean invalidCountry)
            implements Serializable {
        /** Whether inventors here have coordinates. */
        public boolean located() {
            return !Double.isNaN(lat);
        }
    }

    private final String idName;
    private final int cId;
    private final int cLat;
    private final int cLon;
    private final int cCountry;
    private final int cCity;

    public LocationRule(TableHeader header) {
        PatentsViewTables.LocationColumns names = PatentsViewTables.LocationColumns.of(header.layout());
        idName = names.id();
        cId = header.column(idName);
        cLat = header.column("latitude");
        cLon = header.column("longitude");
        cCountry = header.column(names.country());
        cCity = header.column(names.city());
    }

    public RowOutcome<Location> apply(RowFields row) {
        String id = row.get(cId);
        if (id.isEmpty()) {
            return RowOutcome.bad("empty " + idName);
        }
        double la = Double.NaN;
        double lo = Double.NaN;
        String sLat = row.get(cLat);
        String sLon = row.get(cLon);
        if (!sLat.isEmpty() && !sLon.isEmpty() && !sLat.equalsIgnoreCase("NULL") && !sLon.equalsIgnoreCase("NULL")) {
            try {
                la = Double.parseDouble(sLat);
                lo = Double.parseDouble(sLon);
            } catch (NumberFormatException e) {
                return RowOutcome.bad("malformed coordinates '" + sLat + "', '" + sLon + "'");
            }
            if (SnapshotContract.latitudeProblem(la) != null || SnapshotContract.longitudeProblem(lo) != null) {
                return RowOutcome.bad("coordinates out of range: " + sLat + ", " + sLon);
            }
        }
        String code = null;
        boolean invalid = false;
        if (cCountry >= 0) {
            code = SnapshotContract.country(emptyToNull(row.get(cCountry)));
            if (SnapshotContract.countryProblem(code) != null) {
                code = null;
                invalid = true;
            }
        }
        String city = cCity < 0 ? null : emptyToNull(row.get(cCity));
        return RowOutcome.keep(new Location(id, la, lo, code, city, invalid));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() || s.equalsIgnoreCase("NULL") ? null : s;
    }
}
