package org.clusteratlas.snapshot.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clusteratlas.snapshot.SnapshotException;

/**
 * Where each column of the generic CSV format sits in a particular file: column order is free, names are
 * matched case-insensitively, unknown columns are collected (to be ignored with one warning).
 */
final class CsvColumns {
    static final List<String> REQUIRED = List.of("doc_id", "kind", "year", "lat", "lon");
    static final List<String> OPTIONAL = List.of("share", "country", "city", "field", "organization");

    final int width;
    final int docId;
    final int kind;
    final int year;
    final int lat;
    final int lon;
    final int share;
    final int country;
    final int city;
    final int field;
    final int organization;
    final List<String> unknown;

    private CsvColumns(int width, Map<String, Integer> index, List<String> unknown) {
        this.width = width;
        this.docId = index.get("doc_id");
        this.kind = index.get("kind");
        this.year = index.get("year");
        this.lat = index.get("lat");
        this.lon = index.get("lon");
        this.share = index.getOrDefault("share", -1);
        this.country = index.getOrDefault("country", -1);
        this.city = index.getOrDefault("city", -1);
        this.field = index.getOrDefault("field", -1);
        this.organization = index.getOrDefault("organization", -1);
        this.unknown = List.copyOf(unknown);
    }

    /** Reads the header; a header that cannot be used makes the whole file bad (line 1). */
    static CsvColumns of(Path file, List<String> header) throws SnapshotException {
        Map<String, Integer> index = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new SnapshotException(file, null, 1, "header: column " + (i + 1) + " has no name");
            }
            Integer before = seen.put(name, i);
            if (before != null) {
                throw new SnapshotException(file, null, 1, "header: duplicate column '" + name + "' (columns "
                        + (before + 1) + " and " + (i + 1) + ")");
            }
            if (REQUIRED.contains(name) || OPTIONAL.contains(name)) {
                index.put(name, i);
            } else {
                unknown.add(header.get(i).trim());
            }
        }
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new SnapshotException(file, null, 1, "header: missing required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + " (required: " + String.join(", ", REQUIRED) + ")");
        }
        return new CsvColumns(header.size(), index, unknown);
    }
}
