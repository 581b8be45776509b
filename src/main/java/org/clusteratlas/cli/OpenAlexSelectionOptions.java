package org.clusteratlas.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which OpenAlex works an import keeps (types, years): one definition for the desktop {@code import openalex}
 * and the Spark builder's {@code openalex}, so both accept the same options with the same defaults.
 */
public final class OpenAlexSelectionOptions {
    @Option(names = "--types", split = ",", defaultValue = "article", paramLabel = "TYPE",
            description = "Work types to import, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> types;

    @Option(names = "--from-year", paramLabel = "Y", description = "First publication year.")
    Integer fromYear;

    @Option(names = "--to-year", paramLabel = "Y", description = "Last publication year.")
    Integer toYear;

    /** Why the years given cannot select anything, or null when they can. */
    public String problem() {
        return fromYear != null && toYear != null && fromYear > toYear
                ? "--from-year " + fromYear + " is after --to-year " + toYear : null;
    }

    public Set<String> types() {
        return new LinkedHashSet<>(types);
    }

    public int fromYear() {
        return fromYear == null ? Integer.MIN_VALUE : fromYear;
    }

    public int toYear() {
        return toYear == null ? Integer.MAX_VALUE : toYear;
    }
}
