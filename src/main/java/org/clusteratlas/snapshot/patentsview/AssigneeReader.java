package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.NameCodes;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceFile;

import java.util.Arrays;

/**
 * Reads PatentsView's {@code g_assignee_disambiguated} table into each patent's assignee organisations
 * ({@code disambig_assignee_organization}; assignees that are individuals have none and are passed over), in
 * {@link AssigneeRule#order} without repeats. The importer divides each inventor's share equally among them, so that an
 * organisation's count in a cluster is the patent's share there divided by its number of assignees.
 */
final class AssigneeReader {
    /**
     * Organisation codes per patent index: patent {@code i}'s are {@code code[start[i] .. start[i+1]-1]}.
     *
     * @param individuals assignee rows without an organisation name
     * @param unknown     rows of patents not in the patents table
     */
    record Assignees(int[] start, int[] code, NameCodes names, long individuals, long unknown) {
        int count(int patent) {
            return patent + 1 < start.length ? start[patent + 1] - start[patent] : 0;
        }

        String name(int patent, int j) {
            return names.name(code[start[patent] + j]);
        }
    }

    private AssigneeReader() {
    }

    /** @param ids packed patent id to patent index, for {@code patents} patents */
    static Assignees read(SourceFile file, LongIntHashMap ids, int patents, BadLines bad, Progress progress)
            throws SnapshotException {
        NameCodes names = new NameCodes();
        int[] patentOf = new int[1 << 12];
        long[] order = new long[1 << 12];
        int[] codeOf = new int[1 << 12];
        int n = 0;
        long individuals = 0;
        long unknown = 0;
        try (DelimitedTable t = DelimitedTable.open(file, '\t', AssigneeRule.REQUIRED, bad, progress,
                "assignees " + file.path().getFileName())) {
            AssigneeRule rule = new AssigneeRule(t.header());
            while (t.next()) {
                RowOutcome<AssigneeRule.Assignee> o = rule.apply(t, t.line());
                if (o.problem() != null) {
                    bad.reject(file.path(), t.line(), o.problem());
                    continue;
                }
                int i = ids.get(o.value().patentKey(), -1);
                if (i < 0) {
                    unknown++;
                    continue;
                }
                if (o.value().individual()) {
                    individuals++;
                    continue;
                }
                if (n == patentOf.length) {
                    patentOf = Arrays.copyOf(patentOf, n * 2);
                    order = Arrays.copyOf(order, n * 2);
                    codeOf = Arrays.copyOf(codeOf, n * 2);
                }
                patentOf[n] = i;
                order[n] = o.value().order();
                codeOf[n] = names.code(o.value().organization());
                n++;
            }
            t.finish();
        }
        return group(patents, n, patentOf, order, codeOf, names, individuals, unknown);
    }

    /** Groups the rows by patent (counting sort), each patent's in {@link AssigneeRule#order}, repeats dropped. */
    private static Assignees group(int patents, int n, int[] patentOf, long[] order, int[] codeOf, NameCodes names,
                                   long individuals, long unknown) {
        int[] start = new int[patents + 1];
        for (int r = 0; r < n; r++) {
            start[patentOf[r] + 1]++;
        }
        for (int i = 0; i < patents; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, patents);
        long[] keyed = new long[n];
        int[] codeAt = new int[n];
        for (int r = 0; r < n; r++) {
            int at = fill[patentOf[r]]++;
            keyed[at] = order[r];
            codeAt[at] = codeOf[r];
        }
        int[] code = new int[n];
        int[] out = new int[patents + 1];
        int m = 0;
        for (int i = 0; i < patents; i++) {
            sortRange(keyed, codeAt, start[i], start[i + 1]);
            out[i] = m;
            for (int r = start[i]; r < start[i + 1]; r++) {
                int c = codeAt[r];
                boolean repeat = false;
                for (int q = out[i]; q < m; q++) {
                    repeat |= code[q] == c;
                }
                if (!repeat) {
                    code[m++] = c;
                }
            }
        }
        out[patents] = m;
        return new Assignees(out, Arrays.copyOf(code, m), names, individuals, unknown);
    }

    /** Sorts {@code key[from..to)} ascending, carrying {@code value} along (insertion sort: a patent has few). */
    private static void sortRange(long[] key, int[] value, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long k = key[i];
            int v = value[i];
            int j = i - 1;
            while (j >= from && key[j] > k) {
                key[j + 1] = key[j];
                value[j + 1] = value[j];
                j--;
            }
            key[j + 1] = k;
            value[j + 1] = v;
        }
    }
}
