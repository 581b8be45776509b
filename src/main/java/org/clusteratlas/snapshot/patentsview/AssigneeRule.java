package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.TableHeader;

import java.io.Serializable;
import java.util.List;

/**
 * What a row of {@code g_assignee_disambiguated} gives: an assignee organisation of a patent
 * ({@code disambig_assignee_organization}) with its place in the patent's order; or a bad line (malformed
 * patent id); rows of individuals (no organisation) are passed over. A patent's organisations are taken in
 * {@link #order} (assignee sequence, then file order), each once; each located inventor's share is divided
 * equally among them ({@link PatentDocuments#organisationShare}). Applied by the desktop importer and the
 * Spark builder.
 */
public final class AssigneeRule implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<String> REQUIRED = List.of("patent_id", "disambig_assignee_organization");

    /**
     * An assignee of a patent, its {@link #order} key, and its organisation: null for an individual, passed
     * over ({@link PatentsViewReport#INDIVIDUAL_ASSIGNEES}) once the patent is known to be kept.
     */
    public record Assignee(long patentKey, long order, String organization) implements Serializable {
        public boolean individual() {
            return organization == null;
        }
    }

    private final int cId;
    private final int cOrg;
    private final int cSeq;

    public AssigneeRule(TableHeader header) {
        cId = header.column("patent_id");
        cOrg = header.column("disambig_assignee_organization");
        cSeq = header.column("assignee_sequence");
    }

    /** @param line the row's line in the file, its order where the sequence is absent or malformed */
    public RowOutcome<Assignee> apply(RowFields row, long line) {
        String id = row.get(cId);
        long key = PatentIds.pack(id);
        if (key == PatentIds.INVALID) {
            return RowOutcome.bad("malformed patent_id '" + id + "'");
        }
        String org = row.get(cOrg).strip();
        if (org.isEmpty() || org.equalsIgnoreCase("NULL")) {
            org = null;
        }
        int l = (int) Math.min(line, Integer.MAX_VALUE);
        int sequence = cSeq < 0 ? l : parseSequence(row.get(cSeq), l);
        return RowOutcome.keep(new Assignee(key, order(sequence, l), org));
    }

    /** A patent's organisations come in ascending order of this key: assignee sequence, then line. */
    public static long order(int sequence, int line) {
        return ((long) sequence << 32) | (line & 0xffffffffL);
    }

    private static int parseSequence(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
