package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.ImportReport;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A kept work's document, with the fractional counting of the GII: each of its n authorships carries 1/n of
 * it, split equally among the authorship's k institutions (1/n/k each), placed at the institution's
 * coordinates; the parts whose institution is unknown or has no coordinates, and authorships without
 * institution, are the document's unlocated share. Computed where the institutions are (the desktop
 * importer, or a Spark executor with them broadcast) and written by {@link #writeTo}, in the same arithmetic
 * and order either way.
 *
 * @param parts        the work's parts in authorship order: a share, at an institution or (null) unlocated
 * @param citedUnknown institutions cited that are not in the institutions files
 * @param citedUnplaced institutions cited that have no coordinates there
 */
public record WorkDocument(String sourceId, int year, String field, double unlocated, List<Part> parts,
                           int citedUnknown, int citedUnplaced) implements Serializable {
    /** A share of the work, at an institution, or unlocated ({@code at} null). */
    public record Part(double share, InstitutionRule.Institution at) implements Serializable {
    }

    /** The document of a kept work with authorships; {@code institutions} gives an institution by key, or null. */
    public static WorkDocument of(OpenAlexWork work, LongFunction<InstitutionRule.Institution> institutions) {
        double perAuthorship = 1.0 / work.authorships;
        double unlocated = 0;
        int unknown = 0;
        int unplaced = 0;
        List<Part> parts = new ArrayList<>();
        for (int a = 0; a < work.authorships; a++) {
            int k = work.authorshipStart[a + 1] - work.authorshipStart[a];
            if (k == 0) {
                unlocated += perAuthorship;
                parts.add(new Part(perAuthorship, null));
                continue;
            }
            double share = perAuthorship / k;
            for (int j = work.authorshipStart[a]; j < work.authorshipStart[a + 1]; j++) {
                InstitutionRule.Institution i = institutions.apply(work.institutionIds[j]);
                if (i == null || !i.located()) {
                    unlocated += share;
                    if (i == null) {
                        unknown++;
                    } else {
                        unplaced++;
                    }
                    parts.add(new Part(share, null));
                } else {
                    parts.add(new Part(share, i));
                }
            }
        }
        // the shares 1/n/k summed in floating point may exceed 1 by a rounding residue (1.0000000000000002
        // when no institution of a work is placed); the unlocated part of a document is at most all of it
        unlocated = Math.min(1.0, unlocated);
        String workId = work.id;
        return new WorkDocument(workId.substring(workId.lastIndexOf('/') + 1), work.year, work.field(), unlocated,
                parts, unknown, unplaced);
    }

    /** Writes the document and its addresses, and counts them. */
    public void writeTo(SnapshotWriter writer, ImportReport report) throws IOException {
        long doc = writer.addDocument(sourceId, DocumentKind.PUBLICATION, year, field, unlocated);
        report.document();
        for (Part p : parts) {
            InstitutionRule.Institution i = p.at();
            if (i == null) {
                report.unlocated(p.share());
            } else {
                writer.addAddress(doc, i.lat(), i.lon(), p.share(), i.country(), i.city(), i.organization());
                report.address();
            }
        }
    }
}
