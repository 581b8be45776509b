package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.TableHeader;

import java.io.Serializable;
import java.util.List;

/**
 * What a row of the patents table ({@code g_patent}, or {@code patent} before 2022) gives: the patent's packed
 * id and grant year, or a bad line (malformed id or date, a year outside the snapshot contract), or a
 * withdrawn patent passed over. A patent id repeated in the table counts once: its first kept row
 * ({@link PatentsViewReport#REPEATED_PATENTS}). The desktop importer and the Spark builder both apply it.
 */
public final class PatentRule implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The layouts a patents table may have. */
    public static final List<Layout> LAYOUTS = List.of(PatentsViewTables.PATENTS, PatentsViewTables.PATENTS_LEGACY);

    /** A kept patent: its packed id ({@link #sourceId} gives it back) and grant year. */
    public record Patent(long key, int year) implements Serializable {
    }

    private final String idName;
    private final String dateName;
    private final int cId;
    private final int cDate;
    private final int cWithdrawn;

    public PatentRule(TableHeader header) {
        PatentsViewTables.PatentColumns names = PatentsViewTables.PatentColumns.of(header.layout());
        idName = names.id();
        dateName = names.date();
        cId = header.column(idName);
        cDate = header.column(dateName);
        cWithdrawn = header.column("withdrawn");
    }

    public RowOutcome<Patent> apply(RowFields row) {
        String id = row.get(cId);
        long key = PatentIds.pack(id);
        if (key == PatentIds.INVALID) {
            return RowOutcome.bad("malformed " + idName + " '" + id + "'");
        }
        String date = row.get(cDate);
        int y = yearOf(date);
        if (y < 0) {
            return RowOutcome.bad("malformed " + dateName + " '" + date + "' (expected YYYY-MM-DD)");
        }
        String yearProblem = SnapshotContract.yearProblem(y);
        if (yearProblem != null) {
            return RowOutcome.bad("patent_date '" + date + "': " + yearProblem);
        }
        if (cWithdrawn >= 0 && row.get(cWithdrawn).equals("1")) {
            return RowOutcome.passOver(PatentsViewReport.WITHDRAWN);
        }
        return RowOutcome.keep(new Patent(key, y));
    }

    /** A patent's id as the snapshot stores it (its {@code source_id}), letters upper-case. */
    public static String sourceId(long key) {
        return PatentIds.unpack(key);
    }

    /** The packed id of a patent id as other tables name it; {@link #NO_PATENT} when malformed. */
    public static long key(String patentId) {
        return PatentIds.pack(patentId);
    }

    /** The key of a malformed patent id, which no kept patent has. */
    public static final long NO_PATENT = PatentIds.INVALID;

    /** Year of a PatentsView date: ISO {@code 2018-06-19}, or the dictionary's older {@code 1/6/1976}. */
    static int yearOf(String date) {
        String y;
        if (date.length() >= 4 && date.length() <= 10 && date.indexOf('-') == 4) {
            y = date.substring(0, 4);
        } else if (date.indexOf('/') > 0) {
            y = date.substring(date.lastIndexOf('/') + 1);
        } else {
            return -1;
        }
        if (y.length() != 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = y.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
