package org.clusteratlas.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names a cluster the way the GII writes them: its main places by activity inside it, largest first,
 * joined by an en dash ("Tokyo–Yokohama"), and for US clusters the state codes holding a meaningful part
 * of the activity ("San Jose–San Francisco, CA", "New York City, NY/NJ"). A pure function of the places'
 * activities, so the command line and the window always agree, and a small slider move only renames a
 * cluster when one of its main places crosses {@link #NAME_SHARE}.
 */
public final class ClusterNamer {
    /** Most names in a cluster name. */
    public static final int MAX_NAMES = 3;
    /** A place after the first is named when it holds at least this fraction of the cluster's activity. */
    public static final double NAME_SHARE = 0.15;
    /** A country (economy) or US state is listed when it holds at least this fraction of the activity. */
    public static final double REGION_SHARE = 0.10;
    /** Separator of place names (U+2013 EN DASH). */
    public static final String EN_DASH = "\u2013";

    /** Activity of one place (or country, or state) inside a cluster. */
    public record Part(String name, String country, String admin1, long population, int id, double activity) {
    }

    /** Largest first; ties by bigger population, then name, then id, so that order never depends on input order. */
    static final Comparator<Part> LARGEST_FIRST = Comparator.comparingDouble(Part::activity).reversed()
            .thenComparing(Comparator.comparingLong(Part::population).reversed())
            .thenComparing(Part::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Part::id);

    private ClusterNamer() {
    }

    /**
     * @param places activity per place inside the cluster (any order)
     * @param states activity per US state code inside the cluster (any order; {@code name} is the code)
     * @param total  the cluster's whole activity (places without a known place included)
     * @return the name, or null when no place is known
     */
    public static String name(List<Part> places, List<Part> states, double total) {
        List<Part> sorted = new ArrayList<>(places);
        sorted.sort(LARGEST_FIRST);
        Set<String> names = new LinkedHashSet<>();
        Part first = null;
        for (Part p : sorted) {
            if (names.size() == MAX_NAMES) {
                break;
            }
            if (first == null) {
                first = p;
                names.add(p.name());
            } else if (p.activity() >= NAME_SHARE * total) {
                names.add(p.name());
            } else {
                break;
            }
        }
        if (first == null) {
            return null;
        }
        String name = String.join(EN_DASH, names);
        if ("US".equals(first.country())) {
            List<String> codes = new ArrayList<>(regions(states, total));
            if (first.admin1() != null && !codes.contains(first.admin1())) {
                codes.add(0, first.admin1());
            }
            if (!codes.isEmpty()) {
                name += ", " + String.join("/", codes);
            }
        }
        return name;
    }

    /** Codes of the parts holding at least {@link #REGION_SHARE} of {@code total}, largest first; at least the largest. */
    public static List<String> regions(List<Part> parts, double total) {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort(LARGEST_FIRST);
        List<String> out = new ArrayList<>();
        for (Part p : sorted) {
            if (out.isEmpty() ? p.activity() > 0 : p.activity() >= REGION_SHARE * total) {
                out.add(p.name());
            } else {
                break;
            }
        }
        return out;
    }
}
