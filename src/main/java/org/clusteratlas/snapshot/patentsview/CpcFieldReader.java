package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads PatentsView's current CPC table ({@code g_cpc_current}, or the earlier {@code cpc_current}) into each patent's technology field: the WIPO field of
 * its lowest-sequence CPC code that has one. Runs on its own thread while the patents table is read, hence
 * keyed by packed patent id rather than by patent index.
 */
final class CpcFieldReader {
    /**
     * @param bestByPatent packed patent id -> (lowest mapped cpc_sequence &lt;&lt; 8 | field number)
     * @param unmapped     CPC rows whose code has no WIPO field (e.g. the Y section)
     */
    record Fields(LongIntHashMap bestByPatent, long unmapped) {
        /** Field number of a patent (0 when none). */
        int fieldOf(long patentKey) {
            return bestByPatent.get(patentKey, 0) & 0xff;
        }
    }

    private final SourceFile cpc;
    private final TechnologyConcordance concordance;
    private final BooleanSupplier stop;

    CpcFieldReader(SourceFile cpc, TechnologyConcordance concordance, BooleanSupplier stop) {
        this.cpc = cpc;
        this.concordance = concordance;
        this.stop = stop;
    }

    Fields read(BadLines bad, Progress progress) throws SnapshotException {
        LongIntHashMap best = new LongIntHashMap(1 << 16);
        long unmapped = 0;
        try (DelimitedTable t = DelimitedTable.openAny(cpc, '\t', List.of(PatentsViewTables.CPC,
                PatentsViewTables.CPC_LEGACY), bad, progress, "CPC " + cpc.path().getFileName())) {
            PatentsViewTables.CpcColumns names = PatentsViewTables.CpcColumns.of(t.layout());
            int cId = t.column("patent_id");
            int cSeq = t.column(names.sequence());
            int cSub = t.column(names.subclass());
            int cGroup = t.column(names.group());
            while (!stop.getAsBoolean() && t.next()) {
                long key = PatentIds.pack(t.get(cId));
                if (key == PatentIds.INVALID) {
                    bad.reject(cpc.path(), t.line(), "malformed patent_id '" + t.get(cId) + "'");
                    continue;
                }
                int seq = parseSequence(t.get(cSeq));
                if (seq < 0) {
                    bad.reject(cpc.path(), t.line(), "malformed " + names.sequence() + " '" + t.get(cSeq) + "'");
                    continue;
                }
                int previous = best.get(key, Integer.MAX_VALUE);
                if (seq >= (previous >>> 8)) {
                    continue;
                }
                String symbol = cGroup >= 0 && !t.get(cGroup).isEmpty() ? t.get(cGroup) : t.get(cSub);
                int f = concordance.fieldNumber(symbol);
                if (f == 0) {
                    unmapped++;
                    continue;
                }
                best.put(key, seq << 8 | f);
            }
            if (!stop.getAsBoolean()) {
                t.finish();
            }
        }
        return new Fields(best, unmapped);
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
