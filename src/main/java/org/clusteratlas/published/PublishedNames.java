package org.clusteratlas.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The places a published cluster name lists. GII names join up to three cities by en dashes and put US
 * state codes after a comma: "Tokyo–Yokohama", "Boston–Cambridge, MA" (both in MA),
 * "Washington, DC–Baltimore, MD" (each its own), "New York City, NY". A city without a state takes that of
 * the next city that has one.
 */
public final class PublishedNames {
    /** A city of a published name, with the state codes it may lie in (empty: any). */
    public record City(String name, List<String> states) {
        public City {
            states = List.copyOf(states);
        }
    }

    private PublishedNames() {
    }

    public static List<City> cities(String name) {
        String[] parts = name.split("\\s*[\u2013\u2014]\\s*|\\s+-\\s+");
        List<String> names = new ArrayList<>();
        List<List<String>> states = new ArrayList<>();
        for (String part : parts) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int comma = p.lastIndexOf(',');
            List<String> st = new ArrayList<>();
            if (comma > 0 && p.substring(comma + 1).trim().matches("[A-Za-z]{2}(/[A-Za-z]{2})*")) {
                for (String s : p.substring(comma + 1).trim().split("/")) {
                    st.add(s.toUpperCase(Locale.ROOT));
                }
                p = p.substring(0, comma).trim();
            }
            names.add(p);
            states.add(st);
        }
        List<City> out = new ArrayList<>();
        List<String> inherited = List.of();
        for (int i = names.size() - 1; i >= 0; i--) {
            if (!states.get(i).isEmpty()) {
                inherited = states.get(i);
            }
            out.add(0, new City(names.get(i), inherited));
        }
        return out;
    }
}
