package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.TableHeader;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What a row of the inventors table ({@code g_inventor_disambiguated}, or {@code rawinventor} before 2022)
 * gives: the patent it belongs to and the place it names, a geocoded location id, or before 2022 a raw
 * location id (as its {@link RawLocationRule#key}). Every row is one inventor of its patent, who carries 1/n
 * of it ({@link PatentDocuments}); a row of a patent not kept from the patents table is left out
 * ({@link PatentsViewReport#UNKNOWN_PATENT_INVENTORS}). Applied by the desktop importer and the Spark builder.
 */
public final class InventorRule implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<Layout> LAYOUTS = List.of(PatentsViewTables.INVENTORS,
            PatentsViewTables.INVENTORS_LEGACY);

    /**
     * One inventor row: the packed patent id ({@link PatentRule#NO_PATENT} when malformed), and the place: a
     * geocoded location id, or with {@link #legacy()} the key of a raw location id ({@code rawPlace}); an
     * empty location id or a 0 raw key when the row names none.
     */
    public record Inventor(long patentKey, String location, long rawPlace) implements Serializable {
    }

    private final boolean legacy;
    private final int cId;
    private final int cLoc;

    public InventorRule(TableHeader header) {
        legacy = header.layout() == PatentsViewTables.INVENTORS_LEGACY;
        cId = header.column("patent_id");
        cLoc = header.column(legacy ? "rawlocation_id" : "location_id");
    }

    /** Whether the table is the pre-2022 rawinventor one, whose places are raw location ids. */
    public boolean legacy() {
        return legacy;
    }

    public Inventor apply(RowFields row) {
        long key = PatentRule.key(row.get(cId));
        String place = row.get(cLoc);
        if (!legacy) {
            return new Inventor(key, place, 0);
        }
        return new Inventor(key, "", place.isEmpty() ? 0 : RawLocationRule.key(place));
    }

    /**
     * Before reading anything large: the pre-2022 inventors table needs the raw locations table, and only it
     * does, so a missing or misplaced raw locations table is said at once.
     *
     * @param rawLocations the raw locations table given, or null
     */
    public static void checkTables(TableHeader inventors, Path inventorsFile, Path rawLocations)
            throws SnapshotException {
        boolean legacy = inventors.layout() == PatentsViewTables.INVENTORS_LEGACY;
        if (legacy && rawLocations == null) {
            throw new SnapshotException(inventorsFile, null, 1, "a pre-2022 rawinventor table names raw"
                    + " locations (rawlocation_id): give their table too, --raw-locations rawlocation.tsv");
        }
        if (!legacy && rawLocations != null) {
            throw new SnapshotException(rawLocations, "--raw-locations goes with the pre-2022"
                    + " rawinventor table, but the inventors table is " + inventors.layout().name()
                    + ", whose location_id is already geocoded");
        }
    }
}
