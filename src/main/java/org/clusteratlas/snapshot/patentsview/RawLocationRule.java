package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.TableHeader;

import java.io.Serializable;
import java.util.List;

/**
 * What a row of the pre-2022 {@code rawlocation} table gives: a raw location id (kept as a 64-bit hash,
 * {@link #key}) and the geocoded location id it stands for (empty when none); or a bad line (empty id). A raw
 * id repeated in the table is its last row's whose location has coordinates. Applied by the desktop importer
 * and the Spark builder.
 */
public final class RawLocationRule implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<Layout> LAYOUTS = List.of(PatentsViewTables.RAW_LOCATIONS);

    /** A raw location: the hash of its id and the geocoded location id ("" when none). */
    public record RawLocation(long key, String locationId) implements Serializable {
    }

    private final int cId;
    private final int cLoc;

    public RawLocationRule(TableHeader header) {
        cId = header.column("id");
        cLoc = header.column("location_id");
    }

    public RowOutcome<RawLocation> apply(RowFields row) {
        String id = row.get(cId);
        if (id.isEmpty()) {
            return RowOutcome.bad("empty id");
        }
        return RowOutcome.keep(new RawLocation(key(id), row.get(cLoc)));
    }

    /** A 64-bit hash of a raw location id (FNV-1a, then mixed): collisions are negligible at 10^8 ids. */
    public static long key(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == Long.MIN_VALUE ? 0 : h;
    }
}
