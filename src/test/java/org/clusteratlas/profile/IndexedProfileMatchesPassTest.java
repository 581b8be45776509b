package org.clusteratlas.profile;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.profile.ProfileSnapshots.Address;
import org.clusteratlas.profile.ProfileSnapshots.Doc;
import org.clusteratlas.profile.ProfileSnapshots.Place;
import org.clusteratlas.sample.SampleSnapshot;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One cluster's profile read through the location -> document index ({@link ProfileIndex#profileOf}) against
 * the same cluster's profile from the one pass over every document ({@link ClusterProfiler#profile}), on
 * generated snapshots under several filters: equal in every figure, bit for bit (the index visits a cluster's
 * documents in the pass's order, so not even the last digit of a sum may differ).
 */
class IndexedProfileMatchesPassTest {
    @TempDir
    Path dir;

    /** Eight cities; addresses land within a few km of one, so a cluster has many member locations. */
    private static final Place[] CITIES = {ProfileSnapshots.A, ProfileSnapshots.B,
        new Place(35.68, 139.69, "JP", "Tokyo"), new Place(40.71, -74.0, "US", "New York"),
        new Place(51.5, -0.12, "GB", "London"), ProfileSnapshots.Z, new Place(-33.9, 18.4, "ZA", "Cape Town"),
        new Place(47.37, 8.54, "CH", "Zurich")};

    private static final List<WeightFilter> FILTERS = List.of(WeightFilter.all(),
            new WeightFilter(2016, 2018, null, null, null),
            new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE, EnumSet.of(DocumentKind.PUBLICATION),
                    Set.of("F1", "F2"), null),
            new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE, EnumSet.of(DocumentKind.PATENT), null,
                    Set.of("DE", "FR", "JP")),
            new WeightFilter(2017, 2017, null, Set.of("F3"), Set.of("US", "GB")));

    /** Documents with 1-5 addresses near random cities (some without a country), random organisations. */
    static List<Doc> random(long seed, int n) {
        Random r = new Random(seed);
        String[] fields = {"F1", "F2", "F3", "F4", null};
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(5);
            double located = r.nextInt(4) == 0 ? 0.6 : 1.0;
            Address[] a = new Address[k];
            for (int j = 0; j < k; j++) {
                Place city = CITIES[Math.min(CITIES.length - 1, (int) Math.abs(r.nextGaussian() * 3))];
                // a grid of 0.01 degrees (about 1 km) around the city: repeated coordinates merge into one location
                Place p = new Place(city.lat() + 0.01 * r.nextInt(5), city.lon() + 0.01 * r.nextInt(5),
                        r.nextInt(10) == 0 ? null : city.country(), city.city());
                String org = r.nextInt(4) == 0 ? null : "Org " + r.nextInt(30);
                a[j] = new Address(p, located / k, org);
            }
            DocumentKind kind = r.nextBoolean() ? DocumentKind.PATENT : DocumentKind.PUBLICATION;
            docs.add(new Doc(kind, 2014 + r.nextInt(7), fields[r.nextInt(fields.length)], List.of(a)));
        }
        return docs;
    }

    @Property(tries = 12, seed = "14")
    void indexedProfileEqualsThePass(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1500) int documents,
                                     @ForAll @IntRange(min = 1, max = 5) int minimum) throws Exception {
        Path tmp = Files.createTempDirectory("indexed-profile");
        try {
            Path file = ProfileSnapshots.write(tmp.resolve("r.sqlite"), random(seed, documents));
            Snapshot s = SnapshotReader.open(file);
            ProfileIndex index = ProfileIndex.of(DocumentAddressReader.read(s), s.table());
            for (WeightFilter f : FILTERS) {
                Clustering c = new ClusterEngine(s.table()).cluster(new ClusterParameters(ProfileSnapshots.EPS_KM,
                        minimum, minimum, f));
                assertAllEqual(index, c, "seed " + seed + ", " + documents + " documents, min " + minimum + ", " + f);
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(IndexedProfileMatchesPassTest::delete);
            }
        }
    }

    /** The synthetic world at the default parameters: hundreds of clusters, documents spanning several. */
    @Test
    void indexedProfileEqualsThePassOnTheSyntheticWorld() throws Exception {
        Path file = dir.resolve("world.sqlite");
        SampleSnapshot.write(file, 7, 40_000, true);
        Snapshot s = SnapshotReader.open(file);
        ProfileIndex index = ProfileIndex.of(DocumentAddressReader.read(s), s.table());
        ClusterParameters defaults = ClusterParameters.defaults();
        for (ClusterParameters p : List.of(defaults, defaults.withFilter(new WeightFilter(2019, 2023, null, null,
                null)))) {
            Clustering c = new ClusterEngine(s.table()).cluster(p);
            assertTrue(c.clusterCount() >= 20, "clusters: " + c.clusterCount());
            assertAllEqual(index, c, p.toString());
        }
    }

    /** The index lists exactly the documents with an address in the cluster, ascending, each once. */
    @Test
    void documentsOfAClusterAreThoseWithAnAddressThere() throws Exception {
        Path file = ProfileSnapshots.write(dir.resolve("r.sqlite"), random(3, 800));
        Snapshot s = SnapshotReader.open(file);
        DocumentAddresses docs = DocumentAddressReader.read(s);
        Clustering c = new ClusterEngine(s.table()).cluster(new ClusterParameters(ProfileSnapshots.EPS_KM, 1, 1,
                WeightFilter.all()));
        LocationDocuments index = LocationDocuments.of(docs, s.table().size());
        assertTrue(c.clusterCount() >= 4, "clusters: " + c.clusterCount());
        for (int k = -1; k < c.clusterCount(); k++) {
            TreeSet<Integer> expected = new TreeSet<>();
            for (int d = 0; d < docs.size(); d++) {
                for (int a = docs.start(d); a < docs.end(d); a++) {
                    if (c.clusterOf(docs.location(a)) == k) {
                        expected.add(d);
                    }
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), index.documentsOf(c, k),
                    "cluster " + k);
        }
    }

    private static void assertAllEqual(ProfileIndex index, Clustering c, String where) {
        ClusterProfiles pass = ClusterProfiler.profile(index.documents(), index.table(), c);
        ClusterProfiles cached = index.profiles(c);
        for (int k = 0; k < c.clusterCount(); k++) {
            ClusterProfile expected = pass.of(k);
            assertSame(expected, cached.of(k), where + ", cluster " + k + " (pass with cached totals)");
            assertSame(expected, index.profileOf(c, k), where + ", cluster " + k + " (indexed)");
        }
        assertNull(index.profileOf(c, c.clusterCount()), "no such cluster");
    }

    /** Every figure of two profiles equal, exactly (arrays element by element, lists by their records). */
    static void assertSame(ClusterProfile expected, ClusterProfile actual, String where) {
        assertEquals(expected.clusterId(), actual.clusterId(), where);
        assertEquals(expected.firstYear(), actual.firstYear(), where);
        assertArrayEquals(expected.patentsPerYear(), actual.patentsPerYear(), where + ": patents per year");
        assertArrayEquals(expected.publicationsPerYear(), actual.publicationsPerYear(), where + ": publications");
        assertArrayEquals(expected.scorePerYear(), actual.scorePerYear(), where + ": score per year");
        assertEquals(expected.growthPatents(), actual.growthPatents(), where + ": growth patents");
        assertEquals(expected.growthPublications(), actual.growthPublications(), where + ": growth publications");
        assertEquals(expected.growthScore(), actual.growthScore(), where + ": growth score");
        assertEquals(expected.internationalShare(), actual.internationalShare(), where + ": international share");
        assertEquals(expected.organizations(), actual.organizations(), where + ": organisations");
        assertEquals(expected.specialisations(), actual.specialisations(), where + ": specialisations");
        assertEquals(expected.partners(), actual.partners(), where + ": partners");
        assertEquals(expected.topSpecialisations(), actual.topSpecialisations(), where + ": top specialisations");
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
