package org.clusteratlas.sample;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.WeightFilter;
import org.clusteratlas.snapshot.importer.CsvImportOptions;
import org.clusteratlas.snapshot.importer.CsvImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGeneratorTest {
    private static final int ADDRESSES = 60_000;

    /** Every call the generator makes, as text, plus per-document checks. */
    static final class Recorder implements SampleSink {
        final List<String> calls = new ArrayList<>();
        final List<double[]> docShares = new ArrayList<>(); // {unlocated, sum of address shares, addresses}
        final Set<String> fields = new HashSet<>();
        final Set<Integer> years = new HashSet<>();
        final Set<String> kinds = new HashSet<>();

        @Override
        public void document(String sourceId, String kind, int year, String field, double unlocatedShare) {
            calls.add(sourceId + "," + kind + "," + year + "," + field + "," + unlocatedShare);
            docShares.add(new double[] {unlocatedShare, 0, 0});
            fields.add(kind + ":" + field);
            years.add(year);
            kinds.add(kind);
        }

        @Override
        public void address(double lat, double lon, double share, String country, String city) {
            calls.add(lat + "," + lon + "," + share + "," + country + "," + city);
            double[] d = docShares.get(docShares.size() - 1);
            d[1] += share;
            d[2]++;
        }
    }

    static Recorder seed42;

    @BeforeAll
    static void generate() throws IOException {
        seed42 = new Recorder();
        new SampleGenerator(42, ADDRESSES).generate(seed42);
    }

    @Test
    void sameSeedSameOutputDifferentSeedDifferentOutput() throws IOException {
        Recorder again = new Recorder();
        SampleGenerator.Summary s = new SampleGenerator(42, ADDRESSES).generate(again);
        assertEquals(seed42.calls, again.calls);
        assertEquals(seed42.docShares.size(), s.documents());
        Recorder other = new Recorder();
        new SampleGenerator(43, ADDRESSES).generate(other);
        assertNotEquals(seed42.calls.subList(0, 100), other.calls.subList(0, 100));
    }

    @Test
    void documentsHaveOneToSixAddressesAndSharesSumToOne() {
        long addresses = 0;
        long withUnlocated = 0;
        for (double[] d : seed42.docShares) {
            assertTrue(d[2] >= 1 && d[2] <= 6, "addresses per document: " + d[2]);
            assertEquals(1.0, d[0] + d[1], 1e-9);
            addresses += (long) d[2];
            if (d[0] > 0) {
                withUnlocated++;
            }
        }
        assertEquals(ADDRESSES, addresses);
        double docs = seed42.docShares.size();
        assertTrue(docs > ADDRESSES / 3.6 && docs < ADDRESSES / 2.6, "documents: " + docs);
        double unlocatedFraction = withUnlocated / docs;
        assertTrue(unlocatedFraction > 0.01 && unlocatedFraction < 0.08, "unlocated: " + unlocatedFraction);
    }

    @Test
    void yearsKindsAndFieldNames() {
        for (int y : seed42.years) {
            assertTrue(y >= 2014 && y <= 2023, "year " + y);
        }
        assertEquals(10, seed42.years.size());
        assertEquals(Set.of("patent", "publication"), seed42.kinds);
        Set<String> expected = new HashSet<>();
        ResearchFields.WIPO_TECHNOLOGY_FIELDS.forEach(f -> expected.add("patent:" + f));
        ResearchFields.SCIENCE_FIELDS.forEach(f -> expected.add("publication:" + f));
        assertEquals(expected, seed42.fields, "every field used, and no other");
        assertEquals(35, ResearchFields.WIPO_TECHNOLOGY_FIELDS.size());
        assertTrue(ResearchFields.WIPO_TECHNOLOGY_FIELDS.containsAll(
                List.of("Computer technology", "Digital communication", "Pharmaceuticals", "Civil engineering")));
    }

    @Test
    void knownInnovationMetrosAreAmongTheBiggestClusters(@TempDir Path dir) throws IOException, Exception {
        Path out = dir.resolve("s.sqlite");
        SampleSnapshot.write(out, 42, ADDRESSES, false);
        Snapshot s = SnapshotReader.open(out);
        assertTrue(s.metadata().synthetic());
        assertEquals(SampleSnapshot.TITLE, s.metadata().title());
        assertTrue(s.metadata().source().contains("generate --seed 42"), s.metadata().source());
        LocationTable t = s.table();
        LocationWeights w = t.weigh(WeightFilter.all());
        assertEquals(seed42.docShares.size(), t.total(DocumentKind.PATENT) + t.total(DocumentKind.PUBLICATION), 1e-6);

        // Activity within 30 km of each metro centre with 1M+ people; a metro closer than 60 km to a bigger
        // one is the same cluster and not ranked again.
        WorldPlaces places = WorldPlaces.bundled();
        List<double[]> ranked = new ArrayList<>();
        Map<Integer, String> names = new HashMap<>();
        for (int p = 0; p < places.size; p++) {
            if (places.population[p] < 1_000_000) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < t.size(); i++) {
                if (Math.abs(t.lat(i) - places.lat[p]) < 0.5
                        && SampleGenerator.distanceKm(places.lat[p], places.lon[p], t.lat(i), t.lon(i)) <= 30) {
                    sum += w.patents()[i] + w.publications()[i];
                }
            }
            ranked.add(new double[] {sum, p});
            names.put(p, places.asciiName[p]);
        }
        ranked.sort((a, b) -> Double.compare(b[0], a[0]));
        List<Integer> top = new ArrayList<>();
        for (double[] r : ranked) {
            int p = (int) r[1];
            boolean sameCluster = top.stream().anyMatch(q ->
                    SampleGenerator.distanceKm(places.lat[p], places.lon[p], places.lat[q], places.lon[q]) < 60);
            if (!sameCluster) {
                top.add(p);
            }
            if (top.size() == 25) {
                break;
            }
        }
        List<String> topNames = top.stream().map(names::get).toList();
        for (String metro : List.of("Tokyo", "Seoul", "Beijing", "Shenzhen", "Paris", "London", "Boston")) {
            assertTrue(topNames.contains(metro), metro + " not in top 25: " + topNames);
        }
        assertTrue(topNames.contains("San Jose") || topNames.contains("San Francisco"),
                "Bay Area not in top 25: " + topNames);
        assertEquals("Tokyo", topNames.get(0), topNames.toString());
    }

    /** The generator's CSV, imported, gives the same weights as the snapshot it writes directly. */
    @Test
    void csvExportImportsToTheSameWeights(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("s.csv");
        try (Writer wr = Files.newBufferedWriter(csv); CsvSampleSink sink = new CsvSampleSink(wr, true)) {
            new SampleGenerator(5, 20_000).generate(sink);
        }
        Path direct = dir.resolve("direct.sqlite");
        SampleSnapshot.write(direct, 5, 20_000, false);
        Path imported = dir.resolve("imported.sqlite");
        new CsvImporter(CsvImportOptions.defaults()).importFile(csv, imported);
        LocationTable a = SnapshotReader.open(direct).table();
        LocationTable b = SnapshotReader.open(imported).table();
        assertEquals(a.size(), b.size());
        LocationWeights wa = a.weigh(WeightFilter.all());
        LocationWeights wb = b.weigh(WeightFilter.all());
        Map<String, double[]> byCoordinates = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            byCoordinates.put(a.lat(i) + "," + a.lon(i), new double[] {wa.patents()[i], wa.publications()[i]});
        }
        for (int i = 0; i < b.size(); i++) {
            double[] e = byCoordinates.get(b.lat(i) + "," + b.lon(i));
            assertEquals(e[0], wb.patents()[i], 1e-9);
            assertEquals(e[1], wb.publications()[i], 1e-9);
        }
        assertEquals(wa.totalPatents(), wb.totalPatents(), 1e-6);
        assertEquals(wa.totalPublications(), wb.totalPublications(), 1e-6);
    }
}
