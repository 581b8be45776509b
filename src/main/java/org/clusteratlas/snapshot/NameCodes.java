package org.clusteratlas.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers distinct names (countries, cities, fields) 0, 1, ... in order of first appearance, so that millions
 * of rows store a small int instead of a String reference each; a missing (null or blank) name is -1.
 * Shared by the loader's {@link LocationTable.Builder} and the CSV importer.
 */
public final class NameCodes {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The code of {@code name}, given it now if it is new; -1 for null or blank. */
    public int code(String name) {
        if (name == null || name.isBlank()) {
            return -1;
        }
        Integer c = codes.get(name);
        if (c == null) {
            c = names.size();
            codes.put(name, c);
            names.add(name);
        }
        return c;
    }

    /** The name of a code, or null for -1. */
    public String name(int code) {
        return code < 0 ? null : names.get(code);
    }

    public int size() {
        return names.size();
    }

    /** The names in code order (a live view, for building a table once all names are known). */
    public List<String> names() {
        return names;
    }
}
