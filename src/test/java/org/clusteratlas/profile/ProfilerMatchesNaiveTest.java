package org.clusteratlas.profile;

import org.clusteratlas.profile.ProfileSnapshots.Address;
import org.clusteratlas.profile.ProfileSnapshots.Doc;
import org.clusteratlas.profile.ProfileSnapshots.Place;
import org.clusteratlas.profile.ProfileSnapshots.Profiled;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass profiler against a naive recomputation (maps and sets, document by document) on a random
 * snapshot: partners, international share, organisations and yearly counts of every cluster, under several
 * filters.
 */
class ProfilerMatchesNaiveTest {
    @TempDir
    Path dir;

    static final Place[] PLACES = {ProfileSnapshots.A, ProfileSnapshots.A_NO_COUNTRY, ProfileSnapshots.B,
        new Place(35.68, 139.69, "JP", "Tokyo"), new Place(40.71, -74.0, "US", "New York"),
        new Place(51.5, -0.12, "GB", "London"), ProfileSnapshots.Z, new Place(-33.9, 18.4, "ZA", "Cape Town")};

    /** A document with 1-4 addresses at random places, random shares (some unlocated), fields and organisations. */
    static List<Doc> random(long seed, int n) {
        Random r = new Random(seed);
        String[] fields = {"F1", "F2", "F3", null};
        String[] orgs = {"Org A", "Org B", "Org C", "Org D", null};
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(4);
            double located = r.nextInt(5) == 0 ? 0.75 : 1.0;
            Address[] a = new Address[k];
            for (int j = 0; j < k; j++) {
                // skewed towards the first places so that they become clusters and the last stay noise
                Place p = PLACES[Math.min(PLACES.length - 1, (int) Math.abs(r.nextGaussian() * 2.5))];
                a[j] = new Address(p, located / k, orgs[r.nextInt(orgs.length)]);
            }
            DocumentKind kind = r.nextBoolean() ? DocumentKind.PATENT : DocumentKind.PUBLICATION;
            docs.add(new Doc(kind, 2015 + r.nextInt(6), fields[r.nextInt(fields.length)], List.of(a)));
        }
        return docs;
    }

    @Test
    void everyClusterMatchesTheNaiveFigures() throws Exception {
        List<Doc> docs = random(11, 3000);
        Path file = ProfileSnapshots.write(dir.resolve("r.sqlite"), docs);
        List<WeightFilter> filters = List.of(WeightFilter.all(),
                new WeightFilter(2016, 2018, null, null, null),
                new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE, EnumSet.of(DocumentKind.PUBLICATION),
                        Set.of("F1", "F2"), null),
                new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null, Set.of("DE", "FR", "JP")));
        for (WeightFilter f : filters) {
            Profiled p = ProfileSnapshots.profile(file, f);
            assertTrue(p.profiles().size() >= 3, "clusters under " + f);
            check(p, docs, f);
        }
    }

    private static void check(Profiled p, List<Doc> docs, WeightFilter f) {
        int k = p.profiles().size();
        double[] output = new double[k];
        double[] international = new double[k];
        Map<Integer, Map<String, Double>> orgs = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> shared = new HashMap<>();
        Map<Integer, double[]> perYear = new HashMap<>();
        for (Doc d : docs) {
            if (!f.kinds().contains(d.kind()) || !f.acceptsYear(d.year())
                    || (f.fields() != null && (d.field() == null || !f.fields().contains(d.field())))) {
                continue;
            }
            Set<String> countries = new HashSet<>();
            for (Address a : d.addresses()) {
                if (a.place().country() != null) {
                    countries.add(a.place().country());
                }
            }
            Set<Integer> in = new HashSet<>();
            for (Address a : d.addresses()) {
                if (f.countries() != null && (a.place().country() == null
                        || !f.countries().contains(a.place().country()))) {
                    continue;
                }
                int c = p.clusterAt(a.place());
                if (c < 0) {
                    continue;
                }
                in.add(c);
                output[c] += a.share();
                if (countries.size() >= 2) {
                    international[c] += a.share();
                }
                if (a.organization() != null) {
                    orgs.computeIfAbsent(c, x -> new HashMap<>()).merge(a.organization(), a.share(), Double::sum);
                }
                perYear.computeIfAbsent(c, x -> new double[2 * 10])[d.kind().ordinal() * 10 + d.year() - 2015]
                        += a.share();
            }
            for (int x : in) {
                for (int y : in) {
                    if (x != y) {
                        shared.computeIfAbsent(x, z -> new HashMap<>()).merge(y, 1, Integer::sum);
                    }
                }
            }
        }
        for (int c = 0; c < k; c++) {
            ClusterProfile profile = p.profiles().of(c);
            String where = "cluster " + c + " under " + f;
            assertEquals(output[c] > 0 ? international[c] / output[c] : Double.NaN, profile.internationalShare(),
                    1e-12, where);
            Map<Integer, Integer> partners = new HashMap<>();
            profile.partners().forEach(q -> partners.put(q.clusterId(), q.sharedDocuments()));
            assertEquals(shared.getOrDefault(c, Map.of()), partners, where);
            Map<String, Double> o = new HashMap<>();
            profile.organizations().forEach(x -> o.put(x.name(), x.count()));
            Map<String, Double> expected = orgs.getOrDefault(c, Map.of());
            assertEquals(expected.keySet(), o.keySet(), where);
            expected.forEach((name, v) -> assertEquals(v, o.get(name), 1e-9, where + " " + name));
            double[] years = perYear.getOrDefault(c, new double[20]);
            for (int y = 0; y < profile.patentsPerYear().length; y++) {
                int year = profile.firstYear() + y;
                assertEquals(years[year - 2015], profile.patentsPerYear()[y], 1e-9, where + " " + year);
                assertEquals(years[10 + year - 2015], profile.publicationsPerYear()[y], 1e-9, where + " " + year);
            }
            assertEquals(p.ranking().row(c).patents(), sum(profile.patentsPerYear()), 1e-9, where);
            assertEquals(p.ranking().row(c).publications(), sum(profile.publicationsPerYear()), 1e-9, where);
        }
        int pairs = 0;
        for (Map<Integer, Integer> m : shared.values()) {
            pairs += m.size();
        }
        assertEquals(pairs / 2, p.profiles().pairs().size(), "pairs under " + f);
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
