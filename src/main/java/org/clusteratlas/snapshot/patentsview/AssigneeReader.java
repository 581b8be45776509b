package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.NameCodes;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;

import java.util.Arrays;
import java.util.List;

/**
 * Reads PatentsView's {@code g_assignee_disambiguated} table into each patent's assignee organisations
 * ({@code disambig_assignee_organization}; assignees that are individuals have none and are passed over), in
 * assignee order without repeats. The importer divides each inventor's share equally among them, so that an
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
        int[] sequence = new int[1 << 12];
        int[] codeOf = new int[1 << 12];
        int n = 0;
        long individuals = 0;
        long unknown = 0;
        try (DelimitedTable t = DelimitedTable.open(file, '\t', List.of("patent_id", "disambig_assignee_organization"),
                bad, progress, "assignees " + file.path().getFileName())) {
            int cId = t.column("patent_id");
            int cOrg = t.column("disambig_assignee_organization");
            int cSeq = t.column("assignee_sequence");
            while (t.next()) {
                long key = PatentIds.pack(t.get(cId));
                if (key == PatentIds.INVALID) {
                    bad.reject(file.path(), t.line(), "malformed patent_id '" + t.get(cId) + "'");
                    continue;
                }
                int i = ids.get(key, -1);
                if (i < 0) {
                    unknown++;
                    continue;
                }
                String org = t.get(cOrg).strip();
                if (org.isEmpty() || org.equalsIgnoreCase("NULL")) {
                    individuals++;
                    continue;
                }
                if (n == patentOf.length) {
                    patentOf = Arrays.copyOf(patentOf, n * 2);
                    sequence = Arrays.copyOf(sequence, n * 2);
                    codeOf = Arrays.copyOf(codeOf, n * 2);
                }
                patentOf[n] = i;
                sequence[n] = cSeq < 0 ? n : parseSequence(t.get(cSeq), n);
                codeOf[n] = names.code(org);
                n++;
            }
            t.finish();
        }
        return group(patents, n, patentOf, sequence, codeOf, names, individuals, unknown);
    }

    private static int parseSequence(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Groups the rows by patent (counting sort), each patent's in assignee-sequence order, repeats dropped. */
    private static Assignees group(int patents, int n, int[] patentOf, int[] sequence, int[] codeOf, NameCodes names,
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
        for (int r = 0; r < n; r++) {
            keyed[fill[patentOf[r]]++] = ((long) sequence[r] << 32) | codeOf[r];
        }
        int[] code = new int[n];
        int[] out = new int[patents + 1];
        int m = 0;
        for (int i = 0; i < patents; i++) {
            Arrays.sort(keyed, start[i], start[i + 1]);
            out[i] = m;
            for (int r = start[i]; r < start[i + 1]; r++) {
                int c = (int) keyed[r];
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
}
