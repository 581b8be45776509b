package org.clusteratlas.published;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published table matched to computed clusters by the places their names list. Computed (patents only,
 * eps 10 km, minimum 3): Alphaville and Betatown (7.8 km apart, one cluster) 30, Deltaford 25, Gammaburg
 * (XX) 20, Springfield IL 15, Gammaburg (YY, more populous than the XX one) 12, Springfield MA 10: ranks
 * 1 to 6. Published: 1 Alphaville–Betatown, 2 Gammaburg (XX), 3 Springfield, MA, 4 Nowhere City (no such
 * place), 5 Deltaford, 6 Epsilon (a place with no activity).
 */
class PublishedComparisonTest {
    static final String TABLE = """
            rank,name,economies,patents,publications,score,previous_rank
            1,Alphaville–Betatown,XX,"1,000",200,3.5,2
            2,Gammaburg,XX,500,60,2.0,1
            3,"Springfield, MA",US,400,50,1.5,
            4,Nowhere City,XX,300,40,1.2,
            5,Deltaford,XX*,200,30,,
            6,Epsilon,XX,100,20,0.4,
            """;

    static Ranking computed() {
        Object[][] towns = {
            {"Alphaville", "XX", null, 0.0, 0.0, 15.0, 100_000L},
            {"Betatown", "XX", null, 0.0, 0.07, 15.0, 50_000L},
            {"Deltaford", "XX", null, 0.0, 20.0, 25.0, 80_000L},
            {"Gammaburg", "XX", null, 0.0, 10.0, 20.0, 60_000L},
            {"Springfield", "US", "IL", 39.8, -89.6, 15.0, 110_000L},
            {"Gammaburg", "YY", null, 50.0, 50.0, 12.0, 900_000L},
            {"Springfield", "US", "MA", 42.1, -72.6, 10.0, 150_000L},
            {"Epsilon", "XX", null, 0.0, 30.0, 0.0, 70_000L},
        };
        LocationTable.Builder b = new LocationTable.Builder();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < towns.length; i++) {
            Object[] t = towns[i];
            double lat = (double) t[3];
            double lon = (double) t[4];
            places.add(new Place(i, (String) t[0], (String) t[0], lat, lon, "PPL", (String) t[1], (String) t[2], null,
                    (long) t[6]));
            double w = (double) t[5];
            if (w > 0) {
                // two locations 1 km north and south of the place, half the patents each
                for (double dLat : new double[] {-0.009, 0.009}) {
                    b.add(b.location(lat + dLat, lon, (String) t[1], null), DocumentKind.PATENT, 2020, -1, w / 2);
                }
            }
        }
        LocationTable table = b.build();
        Ranker ranker = new Ranker(PlaceIndex.build(table, new Gazetteer(places)));
        return ranker.rank(new ClusterEngine(table).cluster(new ClusterParameters(10, 3, 3, WeightFilter.all())));
    }

    static PublishedRanking published() throws IOException {
        return PublishedRanking.read(new StringReader(TABLE), "fixture.csv");
    }

    @Test
    void readsAPublishedTable() throws IOException {
        PublishedRanking p = published();
        assertEquals(6, p.rows().size());
        PublishedRow first = p.rows().get(0);
        assertEquals("Alphaville–Betatown", first.name());
        assertEquals(1000, first.patents());
        assertEquals(3.5, first.score());
        assertEquals(List.of("XX"), p.rows().get(4).economies()); // "XX*"
        assertTrue(Double.isNaN(p.rows().get(4).score()));
        assertEquals("Springfield, MA", p.rows().get(2).name());
        assertEquals(6, p.lastRank());
    }

    @Test
    void badTablesNameTheFileAndLine() {
        IOException e = assertThrows(IOException.class, () -> PublishedRanking.read(new StringReader(
                "rank,name,economies,patents,publications\n1,A,XX,10,20\n2,B,XX,many,20\n"), "bad.csv"));
        assertEquals("bad.csv line 3: patents 'many' is not a number", e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> PublishedRanking.read(new StringReader(
                "rank,name,patents,publications\n1,A,10,20\n"), "short.csv"));
        assertTrue(missing.getMessage().startsWith("short.csv: published ranking lacks the column 'economies'"),
                missing.getMessage());
        IOException twice = assertThrows(IOException.class, () -> PublishedRanking.read(new StringReader(
                "rank,name,economies,patents,publications\n1,A,XX,10,20\n1,B,XX,10,20\n"), "twice.csv"));
        assertEquals("twice.csv line 3: rank 1 twice", twice.getMessage());
    }

    @Test
    void namesListTheirCitiesWithStates() {
        assertEquals(List.of(new PublishedNames.City("Boston", List.of("MA")), new PublishedNames.City("Cambridge",
                List.of("MA"))), PublishedNames.cities("Boston–Cambridge, MA"));
        assertEquals(List.of(new PublishedNames.City("Washington", List.of("DC")),
                new PublishedNames.City("Baltimore", List.of("MD"))), PublishedNames.cities("Washington, DC–Baltimore, MD"));
        assertEquals(List.of(new PublishedNames.City("Shenzhen", List.of()), new PublishedNames.City("Hong Kong",
                List.of()), new PublishedNames.City("Guangzhou", List.of())),
                PublishedNames.cities("Shenzhen–Hong Kong–Guangzhou"));
    }

    @Test
    void matchesByPlaceNames() throws IOException {
        Ranking r = computed();
        assertEquals(List.of("Alphaville–Betatown", "Deltaford", "Gammaburg", "Springfield, IL", "Gammaburg",
                "Springfield, MA"), r.rows().stream().map(x -> x.name()).toList());
        PublishedComparison c = PublishedComparison.of(published(), r);
        List<PublishedMatch> m = c.matches();
        // a cluster named after two cities: both cities found in the same computed cluster
        assertEquals(1, m.get(0).computed().rank());
        assertEquals(List.of(m.get(0).computed().clusterId(), m.get(0).computed().clusterId()), m.get(0).found());
        // the economies keep the more populous Gammaburg of YY out; the state picks the MA Springfield
        assertEquals(3, m.get(1).computed().rank());
        assertEquals("XX", m.get(1).computed().economies());
        assertEquals(6, m.get(2).computed().rank());
        // missing on the published side: no such place, and a place with no cluster
        assertNull(m.get(3).computed());
        assertEquals("no place called Nowhere City in the gazetteer for XX", m.get(3).note());
        assertEquals(2, m.get(4).computed().rank());
        assertNull(m.get(5).computed());
        assertEquals("its places lie in no computed cluster", m.get(5).note());
        assertEquals(4, c.matched());
        // missing on the computed side: Springfield IL and Gammaburg YY, ranked within the table's 6 ranks
        assertEquals(List.of(4, 5), c.unmatchedComputed().stream().map(x -> x.rank()).toList());
        // pairs (published, computed) (1,1) (2,3) (3,6) (5,2): 4 concordant, 2 discordant of 6
        assertEquals(1.0 / 3, c.kendallTau(), 1e-12);
        assertEquals(4, c.topOverlap());
        assertEquals(-3, m.get(2).rankChange()); // published 3, computed 6
        assertEquals(m.get(1), c.ofCluster(m.get(1).computed().clusterId()));
    }

    @Test
    void sharedEconomiesBreakATieBetweenClustersHoldingOneCityEach() throws IOException {
        // Portville (AA) 20 patents alone; Harbourton (BB) 10 with a town of AA 5.5 km away (5): "BB/AA"
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(b.location(10, 0, "AA", null), DocumentKind.PATENT, 2020, -1, 20);
        b.add(b.location(10, 5, "BB", null), DocumentKind.PATENT, 2020, -1, 10);
        b.add(b.location(10, 5.05, "AA", null), DocumentKind.PATENT, 2020, -1, 5);
        LocationTable table = b.build();
        Gazetteer g = new Gazetteer(List.of(
                new Place(1, "Portville", "Portville", 10, 0, "PPL", "AA", null, null, 100_000),
                new Place(2, "Harbourton", "Harbourton", 10, 5, "PPL", "BB", null, null, 100_000)));
        Ranking r = new Ranker(PlaceIndex.build(table, g))
                .rank(new ClusterEngine(table).cluster(new ClusterParameters(10, 3, 3, WeightFilter.all())));
        assertEquals(List.of("AA", "BB/AA"), r.rows().stream().map(x -> x.economies()).toList());
        PublishedComparison c = PublishedComparison.of(PublishedRanking.read(new StringReader(
                "rank,name,economies,patents,publications\n1,Portville\u2013Harbourton,AA/BB,10,10\n"), "tie.csv"), r);
        PublishedMatch m = c.matches().get(0);
        assertEquals(2, m.computed().rank()); // both economies in common beat the better computed rank
        assertEquals("places also in Portville (computed #1)", m.note());
        assertEquals(List.of(1), c.unmatchedComputed().stream().map(x -> x.rank()).toList());
    }
}
