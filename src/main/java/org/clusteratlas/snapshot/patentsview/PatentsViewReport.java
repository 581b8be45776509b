package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.source.ImportReport;

import java.util.Locale;

/**
 * The lines of a PatentsView import's report: each label once, so the desktop importer and the Spark
 * builder report the same counts under the same words (their tests compare the two reports).
 */
public final class PatentsViewReport {
    public static final String PATENTS = "patents in the patents file";
    public static final String WITHDRAWN = "withdrawn patents left out";
    public static final String REPEATED_PATENTS = "repeated patent rows ignored";
    public static final String LOCATIONS_WITHOUT_COORDINATES = "locations without coordinates";
    public static final String INVALID_COUNTRIES = "locations whose country is not an ISO-2 code, kept without"
            + " country";
    public static final String UNKNOWN_PATENT_INVENTORS = "inventor rows of patents not in the patents file, left out";
    public static final String PATENTS_WITHOUT_INVENTORS = "patents without inventors, left out";
    public static final String UNMAPPED_CPC = "CPC rows without a WIPO field (e.g. Y section), passed over";
    public static final String INDIVIDUAL_ASSIGNEES = "assignee rows without an organisation (individuals), passed"
            + " over";
    public static final String UNKNOWN_PATENT_ASSIGNEES = "assignee rows of patents not in the patents file, left out";

    private PatentsViewReport() {
    }

    /** The hint on inventor rows without coordinates, naming the tables their places were looked up in. */
    public static void unplacedInventors(ImportReport report, long unplaced, long rows, String locations,
                                         String rawLocations) {
        report.coordinateHint(String.format(Locale.ROOT, "%,d of %,d inventor rows name no location"
                + " with coordinates in %s%s", unplaced, rows, locations,
                rawLocations == null ? "" : " (through " + rawLocations + ")"));
    }
}
