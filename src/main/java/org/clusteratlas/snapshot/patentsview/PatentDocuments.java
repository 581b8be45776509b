package org.clusteratlas.snapshot.patentsview;

import java.util.List;

/**
 * The fractional counting of a patent, as the GII counts: one document per patent with at least one
 * inventor, each inventor carrying 1/n of it, at the inventor's location when it has coordinates (else that
 * part is the document's unlocated share), a located inventor's part divided equally among the patent's
 * assignee organisations when they are known. One definition for the desktop importer and the Spark builder;
 * the arithmetic is done in this order in both, so the shares are equal to the last bit.
 */
public final class PatentDocuments {
    private static final List<String> FIELDS = TechnologyConcordance.wipo().fieldNames();

    private PatentDocuments() {
    }

    /** Whether a patent with this many inventor rows becomes a document (else it is left out). */
    public static boolean isDocument(int inventors) {
        return inventors > 0;
    }

    /** The share of a patent none of whose inventors' places has coordinates. */
    public static double unlocatedShare(int inventors, int located) {
        return (inventors - located) / (double) inventors;
    }

    /** Each inventor's share of a patent with {@code inventors} inventors. */
    public static double inventorShare(int inventors) {
        return 1.0 / inventors;
    }

    /** An inventor's share credited to each of the patent's {@code organisations} assignee organisations. */
    public static double organisationShare(int inventors, int organisations) {
        return inventorShare(inventors) / organisations;
    }

    /** The snapshot's field name of a WIPO field number (0: none, null). */
    public static String fieldName(int field) {
        return field == 0 ? null : FIELDS.get(field - 1);
    }
}
