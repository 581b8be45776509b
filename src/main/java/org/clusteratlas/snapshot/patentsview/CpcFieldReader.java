package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceFile;

import java.util.function.BooleanSupplier;

/**
 * Reads PatentsView's current CPC table ({@code g_cpc_current}, or the earlier {@code cpc_current}) into each
 * patent's technology field with {@link CpcRule}: the WIPO field of its lowest-sequence CPC code that has one. Runs on its own thread while the patents table is read, hence
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
    private final BooleanSupplier stop;

    CpcFieldReader(SourceFile cpc, BooleanSupplier stop) {
        this.cpc = cpc;
        this.stop = stop;
    }

    Fields read(BadLines bad, Progress progress) throws SnapshotException {
        LongIntHashMap best = new LongIntHashMap(1 << 16);
        long unmapped = 0;
        try (DelimitedTable t = DelimitedTable.openAny(cpc, '\t', CpcRule.LAYOUTS, bad, progress,
                "CPC " + cpc.path().getFileName())) {
            CpcRule rule = new CpcRule(t.header());
            while (!stop.getAsBoolean() && t.next()) {
                RowOutcome<CpcRule.CpcField> o = rule.apply(t);
                if (o.problem() != null) {
                    bad.reject(cpc.path(), t.line(), o.problem());
                    continue;
                }
                if (!o.kept()) {
                    unmapped++;
                    continue;
                }
                CpcRule.CpcField c = o.value();
                int previous = best.get(c.patentKey(), Integer.MAX_VALUE);
                if (CpcRule.better(c.sequence(), previous >>> 8)) {
                    best.put(c.patentKey(), c.sequence() << 8 | c.field());
                }
            }
            if (!stop.getAsBoolean()) {
                t.finish();
            }
        }
        return new Fields(best, unmapped);
    }
}
