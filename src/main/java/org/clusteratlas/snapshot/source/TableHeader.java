package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header row of a delimited table: its column names, found case-insensitively, and the layout (set of
 * required columns) it matched. One definition for the desktop reader ({@link DelimitedTable}) and the Spark
 * builder, which reads the header on the driver and ships the column indices to its executors (hence
 * serializable).
 */
public final class TableHeader implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> names;
    private final Map<String, Integer> columns = new HashMap<>();
    private final DelimitedTable.Layout layout;

    private TableHeader(List<String> cells) {
        names = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            names.add(name);
            columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            String quoted = quotedName(name);
            if (quoted != null) {
                columns.putIfAbsent(quoted.toLowerCase(Locale.ROOT), i);
            }
        }
        layout = null;
    }

    private TableHeader(TableHeader h, DelimitedTable.Layout layout) {
        this.names = h.names;
        this.columns.putAll(h.columns);
        this.layout = layout;
    }

    /**
     * The header of {@code cells} (the first row's fields), checked against the accepted layouts: the first
     * whose columns it has is its {@link #layout()}; a header matching none is refused naming every layout.
     */
    public static TableHeader of(List<String> cells, List<DelimitedTable.Layout> layouts, Path file)
            throws SnapshotException {
        TableHeader h = new TableHeader(cells);
        String missing = null;
        for (DelimitedTable.Layout l : layouts) {
            String m = l.required().stream().filter(r -> h.column(r) < 0).findFirst().orElse(null);
            if (m == null) {
                return new TableHeader(h, l);
            }
            missing = missing == null ? m : missing;
        }
        String message = "missing column '" + missing + "' (header has: " + String.join(", ", h.names) + ")";
        if (layouts.size() > 1) {
            message += "; accepted layouts: " + layouts.stream().map(DelimitedTable.Layout::toString)
                    .collect(Collectors.joining("; "));
        }
        throw new SnapshotException(file, null, 1, message);
    }

    /**
     * The name inside quotes of a header cell with stray text around them ({@code x"id"}, as some copies of
     * PatentsView tables have), or null when the cell is not of that form.
     */
    private static String quotedName(String cell) {
        int a = cell.indexOf('"');
        int b = cell.lastIndexOf('"');
        return a >= 0 && b > a + 1 ? cell.substring(a + 1, b).strip() : null;
    }

    /**
     * Why a header line is not {@code delimiter}-separated ("wrong delimiter: expected tab-separated columns,
     * but the header is separated by commas"), or null when it is (or names a single column). A file with
     * another separator would otherwise fail on its first quote, far from the cause.
     */
    public static String delimiterProblem(String headerLine, char delimiter) {
        if (headerLine.indexOf(delimiter) >= 0) {
            return null;
        }
        for (char other : new char[] {'\t', ',', ';', '|'}) {
            if (other != delimiter && headerLine.indexOf(other) >= 0) {
                return "wrong delimiter: expected " + name(delimiter) + "-separated columns, but the header is"
                        + " separated by " + name(other) + "s";
            }
        }
        return null;
    }

    private static String name(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + c + "'";
        };
    }

    /** The layout the header matched. */
    public DelimitedTable.Layout layout() {
        return layout;
    }

    /** Index of a column (case-insensitive), or -1 when the header lacks it. */
    public int column(String name) {
        return columns.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** Number of columns: every row must have as many fields. */
    public int size() {
        return names.size();
    }
}
