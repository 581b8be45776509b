package org.clusteratlas.snapshot.importer;

import java.io.PrintStream;

/**
 * How to import: the snapshot title (the file name when null), whether an existing output may be replaced,
 * whether bad rows are skipped instead of stopping the import, and where warnings and progress go (null for
 * silence).
 */
public record CsvImportOptions(String title, boolean overwrite, boolean skipBad, PrintStream messages) {
    public static CsvImportOptions defaults() {
        return new CsvImportOptions(null, false, false, null);
    }

    public CsvImportOptions withTitle(String t) {
        return new CsvImportOptions(t, overwrite, skipBad, messages);
    }

    public CsvImportOptions withOverwrite(boolean o) {
        return new CsvImportOptions(title, o, skipBad, messages);
    }

    public CsvImportOptions withSkipBad(boolean s) {
        return new CsvImportOptions(title, overwrite, s, messages);
    }

    public CsvImportOptions withMessages(PrintStream m) {
        return new CsvImportOptions(title, overwrite, skipBad, m);
    }
}
