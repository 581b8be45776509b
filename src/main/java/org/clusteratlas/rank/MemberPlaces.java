package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.LocationWeights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places a cluster is made of, answering "which cities make up this cluster, and how much does each
 * bring?": every member location is credited to its naming place ({@link PlaceIndex#placeOf}), and each
 * place gets its fractional patents and publications under the ranking's filter and its share of the
 * cluster's score (activity in the score's units: share of all patents plus share of all publications).
 * Locations no place names are grouped per country as "(unnamed places)". The total sums the places, so it
 * equals the cluster's own patents and publications and a score share of 1.
 *
 * @param places best first (by score share, then name)
 * @param total  the sum of {@code places}
 */
public record MemberPlaces(ClusterRow cluster, List<Member> places, Member total) {
    /** Name of the group of member locations that no place names. */
    public static final String UNNAMED = "(unnamed places)";
    /** Name of the total row. */
    public static final String TOTAL = "Total";

    /**
     * One place of a cluster.
     *
     * @param country    ISO-2 code, or "" when unknown
     * @param scoreShare share (0..1) of the cluster's score
     * @param locations  number of member locations credited to the place
     */
    public record Member(String name, String country, double patents, double publications, double scoreShare,
                         int locations) {
    }

    /** The member places of a cluster of {@code ranking} (by its cluster id). */
    public static MemberPlaces of(Ranking ranking, int clusterId) {
        ClusterRow row = ranking.row(clusterId);
        Clustering c = ranking.clustering();
        PlaceIndex index = ranking.placeIndex();
        LocationWeights w = c.weights();
        double fp = w.totalPatents() > 0 ? 1 / w.totalPatents() : 0;
        double fq = w.totalPublications() > 0 ? 1 / w.totalPublications() : 0;
        List<String> countries = index.countries();
        Map<Integer, double[]> sums = new HashMap<>(); // key: place, or -2 - country for unnamed locations
        for (int i = 0; i < c.locationCount(); i++) {
            if (c.clusterOf(i) != clusterId) {
                continue;
            }
            int place = index.placeOf(i);
            int key = place >= 0 ? place : -2 - index.countryOf(i);
            double[] s = sums.computeIfAbsent(key, k -> new double[3]);
            s[0] += w.patents()[i];
            s[1] += w.publications()[i];
            s[2]++;
        }
        double clusterActivity = 0;
        for (double[] s : sums.values()) {
            clusterActivity += s[0] * fp + s[1] * fq;
        }
        List<Member> places = new ArrayList<>(sums.size());
        double patents = 0;
        double publications = 0;
        int locations = 0;
        for (Map.Entry<Integer, double[]> e : sums.entrySet()) {
            int key = e.getKey();
            double[] s = e.getValue();
            String name;
            String country;
            if (key >= 0) {
                name = index.placeName(key);
                country = index.placeCountry(key);
            } else {
                int ci = -2 - key;
                name = UNNAMED;
                country = ci >= 0 ? countries.get(ci) : null;
            }
            double activity = s[0] * fp + s[1] * fq;
            places.add(new Member(name, country == null ? "" : country, s[0], s[1],
                    clusterActivity > 0 ? activity / clusterActivity : 0, (int) s[2]));
            patents += s[0];
            publications += s[1];
            locations += (int) s[2];
        }
        places.sort(Comparator.comparingDouble(Member::scoreShare).reversed().thenComparing(Member::name)
                .thenComparing(Member::country));
        Member total = new Member(TOTAL, "", patents, publications, places.isEmpty() ? 0 : 1, locations);
        return new MemberPlaces(row, List.copyOf(places), total);
    }

    /**
     * The cluster a user names on the command line: a rank ("3"), or a name matched after folding case,
     * accents and dashes ({@link SearchText}), exactly first, else as the only cluster containing it.
     *
     * @throws IllegalArgumentException naming the problem when no cluster, or more than one, matches
     */
    public static ClusterRow find(Ranking ranking, String query) {
        String q = query == null ? "" : query.strip();
        if (q.matches("\\d+")) {
            int rank = Integer.parseInt(q);
            if (rank < 1 || rank > ranking.size()) {
                throw new IllegalArgumentException("no cluster of rank " + rank + " (there are " + ranking.size() + ")");
            }
            return ranking.rows().get(rank - 1);
        }
        String folded = SearchText.fold(q);
        List<ClusterRow> containing = new ArrayList<>();
        for (ClusterRow r : ranking.rows()) {
            String name = SearchText.fold(r.name());
            if (name.equals(folded)) {
                return r;
            }
            if (!folded.isEmpty() && name.contains(folded)) {
                containing.add(r);
            }
        }
        if (containing.size() == 1) {
            return containing.get(0);
        }
        if (containing.isEmpty()) {
            throw new IllegalArgumentException("no cluster named '" + q + "'");
        }
        List<String> names = containing.stream().limit(5).map(r -> "#" + r.rank() + " " + r.name()).toList();
        throw new IllegalArgumentException("'" + q + "' matches " + containing.size() + " clusters ("
                + String.join(", ", names) + (containing.size() > 5 ? ", ..." : "") + "): give the rank or the full name");
    }
}
