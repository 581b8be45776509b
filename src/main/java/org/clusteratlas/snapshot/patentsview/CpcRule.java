package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.TableHeader;

import java.io.Serializable;
import java.util.List;

/**
 * What a row of the CPC table ({@code g_cpc_current}, or {@code cpc_current} before 2022) gives: the patent,
 * the code's sequence and its WIPO field of technology ({@link TechnologyConcordance}); or a bad line
 * (malformed patent id or sequence); or a code without a field (CPC's Y section...), passed over. A patent's
 * field is that of its mapped code with the lowest sequence, the first such row on a tie ({@link #better}).
 * Applied by the desktop importer and the Spark builder.
 */
public final class CpcRule implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<Layout> LAYOUTS = List.of(PatentsViewTables.CPC, PatentsViewTables.CPC_LEGACY);

    /** A mapped CPC code of a patent: its sequence (capped at 2^20) and field number (1..35). */
    public record CpcField(long patentKey, int sequence, int field) implements Serializable {
    }

    private final String sequenceName;
    private final int cId;
    private final int cSeq;
    private final int cSub;
    private final int cGroup;

    public CpcRule(TableHeader header) {
        PatentsViewTables.CpcColumns names = PatentsViewTables.CpcColumns.of(header.layout());
        sequenceName = names.sequence();
        cId = header.column("patent_id");
        cSeq = header.column(names.sequence());
        cSub = header.column(names.subclass());
        cGroup = header.column(names.group());
    }

    public RowOutcome<CpcField> apply(RowFields row) {
        String id = row.get(cId);
        long key = PatentIds.pack(id);
        if (key == PatentIds.INVALID) {
            return RowOutcome.bad("malformed patent_id '" + id + "'");
        }
        String s = row.get(cSeq);
        int seq = parseSequence(s);
        if (seq < 0) {
            return RowOutcome.bad("malformed " + sequenceName + " '" + s + "'");
        }
        String symbol = cGroup >= 0 && !row.get(cGroup).isEmpty() ? row.get(cGroup) : row.get(cSub);
        int f = TechnologyConcordance.wipo().fieldNumber(symbol);
        if (f == 0) {
            return RowOutcome.passOver(PatentsViewReport.UNMAPPED_CPC);
        }
        return RowOutcome.keep(new CpcField(key, seq, f));
    }

    /**
     * Whether a code of sequence {@code sequence} replaces the patent's best so far (of {@code bestSequence}):
     * only a lower sequence does, so among equal sequences the earlier row stays.
     */
    public static boolean better(int sequence, int bestSequence) {
        return sequence < bestSequence;
    }

    private static int parseSequence(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return Math.min(v, 1 << 20);
    }
}
