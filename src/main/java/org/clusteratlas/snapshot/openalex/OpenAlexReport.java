package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.source.ImportReport;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lines of an OpenAlex import's report: each label once, and the explanation of what was left out, so
 * the desktop importer and the Spark builder report the same counts in the same words.
 */
public final class OpenAlexReport {
    public static final String INSTITUTIONS = "institutions read";
    public static final String INSTITUTIONS_WITHOUT_COORDINATES = "institutions without coordinates";
    public static final String INVALID_COUNTRIES = "institutions whose country is not an ISO-2 code, kept without"
            + " country";
    public static final String OTHER_TYPES = "works of other types left out";
    public static final String NO_YEAR = "works without publication_year left out";
    public static final String OUTSIDE_YEARS = "works outside the years left out";
    public static final String REPEATED = "repeated works left out";
    public static final String NO_AUTHORSHIPS = "works without authorships left out";
    public static final String MAPPED_TYPES = "works of the pre-2023 schema whose Crossref type was mapped"
            + " (journal-article and proceedings-article count as article)";

    private OpenAlexReport() {
    }

    /**
     * The options that would keep what was left out, for the report and for an empty import's message.
     *
     * @param leftOutFrom earliest year of the works outside the years ({@link Integer#MAX_VALUE}: none)
     * @param leftOutTo   latest such year
     */
    public static void explain(ImportReport report, Set<String> types, int leftOutFrom, int leftOutTo,
                               long citedUnknown, long citedUnplaced) {
        Set<String> wanted = new LinkedHashSet<>(types);
        wanted.addAll(report.leftOutDetails(OTHER_TYPES).keySet());
        report.remedy(OTHER_TYPES, "--types " + String.join(",", wanted) + " keeps them");
        if (leftOutFrom <= leftOutTo) {
            report.remedy(OUTSIDE_YEARS, "they are from " + (leftOutFrom == leftOutTo ? leftOutFrom
                    : leftOutFrom + "-" + leftOutTo) + "; widen --from-year / --to-year to keep them");
        }
        report.coordinateHint(String.format(Locale.ROOT, "%,d institutions cited by the works are not in the"
                + " institutions files, %,d have no coordinates there; give --institutions the files of the"
                + " institutions the works cite", citedUnknown, citedUnplaced));
    }
}
