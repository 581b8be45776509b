package org.clusteratlas.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The PatentsView tables an import reads, in either layout: one definition for the desktop
 * {@code import patentsview} and the Spark builder's {@code patentsview}. Kept as given (text), since the
 * Spark builder reads paths a local {@link Path} cannot hold ({@code hdfs://}, {@code s3a://}); the desktop
 * takes them as local paths ({@link #local}).
 */
public final class PatentsViewTableOptions {
    @Option(names = "--patents", required = true, paramLabel = "g_patent.tsv",
            description = "Patents table (g_patent.tsv, or patent.tsv before 2022).")
    String patents;

    @Option(names = "--inventors", required = true, paramLabel = "g_inventor_disambiguated.tsv",
            description = "Inventors table (g_inventor_disambiguated.tsv, or rawinventor.tsv before 2022).")
    String inventors;

    @Option(names = "--raw-locations", paramLabel = "rawlocation.tsv",
            description = "Before 2022 only: the raw locations table, linking rawinventor.tsv to location.tsv.")
    String rawLocations;

    @Option(names = "--locations", required = true, paramLabel = "g_location_disambiguated.tsv",
            description = "Geocoded locations table (g_location_disambiguated.tsv, or location.tsv before 2022).")
    String locations;

    @Option(names = "--cpc", paramLabel = "g_cpc_current.tsv",
            description = "Current CPC table (g_cpc_current.tsv, or cpc_current.tsv before 2022; optional).")
    String cpc;

    @Option(names = "--assignees", paramLabel = "g_assignee_disambiguated.tsv",
            description = "Assignees table (optional): organisations, each patent's share divided equally among them.")
    String assignees;

    public String patents() {
        return patents;
    }

    public String inventors() {
        return inventors;
    }

    /** The raw locations table, or null. */
    public String rawLocations() {
        return rawLocations;
    }

    public String locations() {
        return locations;
    }

    /** The CPC table, or null. */
    public String cpc() {
        return cpc;
    }

    /** The assignees table, or null. */
    public String assignees() {
        return assignees;
    }

    /** A table as a local path (null stays null). */
    public static Path local(String table) {
        return table == null ? null : Path.of(table);
    }
}
