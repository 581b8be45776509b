package org.clusteratlas.snapshot.importer;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How to import: the snapshot title (the file name when null), whether an existing output may be replaced,
 * whether bad rows are skipped instead of stopping the import, where warnings and progress go (null for
 * silence), and an existing snapshot whose content the new one starts with (null for none).
 */
public record CsvImportOptions(String title, boolean overwrite, boolean skipBad, PrintStream messages, Path append) {
    public CsvImportOptions(String title, boolean overwrite, boolean skipBad, PrintStream messages) {
        this(title, overwrite, skipBad, messages, null);
    }

    public static CsvImportOptions defaults() {
        return new CsvImportOptions(null, false, false, null);
    }

    public CsvImportOptions withTitle(String t) {
        return new CsvImportOptions(t, overwrite, skipBad, messages, append);
    }

    public CsvImportOptions withOverwrite(boolean o) {
        return new CsvImportOptions(title, o, skipBad, messages, append);
    }

    public CsvImportOptions withSkipBad(boolean s) {
        return new CsvImportOptions(title, overwrite, s, messages, append);
    }

    public CsvImportOptions withMessages(PrintStream m) {
        return new CsvImportOptions(title, overwrite, skipBad, m, append);
    }

    public CsvImportOptions withAppend(Path existing) {
        return new CsvImportOptions(title, overwrite, skipBad, messages, existing);
    }
}
