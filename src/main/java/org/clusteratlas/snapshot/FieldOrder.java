package org.clusteratlas.snapshot;

import org.clusteratlas.snapshot.patentsview.TechnologyConcordance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order fields are listed in, the same for every snapshot: WIPO's 35 fields of technology in WIPO's
 * numbering, which groups them by its five sectors (electrical engineering, instruments, chemistry,
 * mechanical engineering, other fields), then every other field (the science fields of publications)
 * alphabetically.
 */
public final class FieldOrder {
    private FieldOrder() {
    }

    /** The names sorted: technology fields by WIPO number, then the rest by name. */
    public static List<String> sorted(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(Comparator.comparingInt(FieldOrder::number).thenComparing(n -> n.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** WIPO's number (1..35) of a technology field, or 36 for any other field. */
    private static int number(String name) {
        int i = TechnologyConcordance.wipo().fieldNames().indexOf(name);
        return i < 0 ? 36 : i + 1;
    }
}
