package org.clusteratlas.snapshot.importer;

/** A rejected input row: its (first) line number in the file and why, phrased for the user. */
public record BadRow(long line, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
