package org.clusteratlas.profile;

import org.clusteratlas.profile.ProfileSnapshots.Address;
import org.clusteratlas.profile.ProfileSnapshots.Doc;
import org.clusteratlas.profile.ProfileSnapshots.Profiled;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.clusteratlas.profile.ProfileSnapshots.A;
import static org.clusteratlas.profile.ProfileSnapshots.A_NO_COUNTRY;
import static org.clusteratlas.profile.ProfileSnapshots.B;
import static org.clusteratlas.profile.ProfileSnapshots.Z;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each profile figure on a snapshot small enough to compute it by hand. */
class ClusterProfileFixturesTest {
    @TempDir
    Path dir;

    @Test
    void clusterGrowingTenPercentAYear() throws Exception {
        Profiled p = ProfileSnapshots.profile(ProfileSnapshots.write(dir.resolve("g.sqlite"),
                ProfileSnapshots.growingTenPercent()));
        ClusterProfile a = p.at(A);
        assertEquals(2015, a.firstYear());
        assertArrayEquals(new double[] {100, 110, 121, 133.1}, a.patentsPerYear(), 1e-9);
        assertEquals(0.1, a.growthPatents(), 1e-12);
        assertTrue(Double.isNaN(a.growthPublications()), "no publications: fewer than two years qualify");
        // yearly score: 100% of all patents in 2015-2017, 133.1 of 134 in 2018 (the 0.9 unlocated counts in the
        // total); slope of ln = 0.3 * ln(133.1/134) (x centred at -1.5..1.5, sum of squares 5)
        assertEquals(Math.pow(133.1 / 134, 0.3) - 1, a.growthScore(), 1e-12);
        // the yearly counts add up to the ranking's
        assertEquals(p.ranking().row(p.clusterAt(A)).patents(), 464.1, 1e-9);
    }

    @Test
    void growthOverTheSelectedYearsOnly() throws Exception {
        Path file = ProfileSnapshots.write(dir.resolve("g.sqlite"), ProfileSnapshots.growingTenPercent());
        Profiled p = ProfileSnapshots.profile(file, new WeightFilter(2016, 2017, null, null, null));
        ClusterProfile a = p.at(A);
        assertEquals(2016, a.firstYear());
        assertEquals(2, a.patentsPerYear().length);
        assertEquals(0.1, a.growthPatents(), 1e-12);
        Profiled one = ProfileSnapshots.profile(file, new WeightFilter(2017, 2017, null, null, null));
        assertTrue(Double.isNaN(one.at(A).growthPatents()), "one year: no growth");
    }

    @Test
    void documentSpanningTwoCountriesAndTwoClusters() throws Exception {
        Profiled p = ProfileSnapshots.profile(ProfileSnapshots.write(dir.resolve("x.sqlite"),
                ProfileSnapshots.twoCountriesTwoClusters()));
        int a = p.clusterAt(A);
        int b = p.clusterAt(B);
        assertNotEquals(a, b);
        assertEquals(a, p.clusterAt(A_NO_COUNTRY));
        assertTrue(p.clusterAt(Z) < 0, "Z is noise");
        // A: output 3.5 patents + 1.5 publications; international: X's 0.5 and W's 0.5
        assertEquals(1.0 / 5.0, p.at(A).internationalShare(), 1e-12);
        // B: 3 patents + 0.5 publication; international: X's 0.5
        assertEquals(0.5 / 3.5, p.at(B).internationalShare(), 1e-12);
        assertEquals(List.of(new PartnerPair(Math.min(a, b), Math.max(a, b), 1)), p.profiles().pairs());
        assertEquals(List.of(new Partner(b, 1)), p.at(A).partners());
        assertEquals(List.of(new Partner(a, 1)), p.at(B).partners());
    }

    @Test
    void filtersApplyAsInTheRanking() throws Exception {
        Path file = ProfileSnapshots.write(dir.resolve("x.sqlite"), ProfileSnapshots.twoCountriesTwoClusters());
        // patents only: X is out, so A and B share nothing; A's international output is W's 0.5 of 3.5
        Profiled patents = ProfileSnapshots.profile(file, new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE,
                EnumSet.of(DocumentKind.PATENT), null, null));
        assertEquals(List.of(), patents.profiles().pairs());
        assertEquals(0.5 / 3.5, patents.at(A).internationalShare(), 1e-12);
        // Germany only: B's addresses do not count, but X stays a document located in two countries
        Profiled germany = ProfileSnapshots.profile(file, new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE,
                null, null, Set.of("DE")));
        assertEquals(1.0 / 4.5, germany.at(A).internationalShare(), 1e-12); // A_NO_COUNTRY is filtered out
        assertEquals(List.of(), germany.profiles().pairs());
    }

    /**
     * Patents 2020, all fields named: A has 5 in F1 and 5 in F2; B has 5 in F1 and 25 in F2. F1 is a quarter of
     * all patents but half of A's: RTA 2.
     */
    @Test
    void fieldTwiceAsCommonInOneCluster() throws Exception {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            docs.add(Doc.patent(2020, "F1", new Address(A, 1)));
            docs.add(Doc.patent(2020, "F2", new Address(A, 1)));
            docs.add(Doc.patent(2020, "F1", new Address(B, 1)));
        }
        for (int i = 0; i < 25; i++) {
            docs.add(Doc.patent(2020, "F2", new Address(B, 1)));
        }
        Profiled p = ProfileSnapshots.profile(ProfileSnapshots.write(dir.resolve("f.sqlite"), docs));
        ClusterProfile a = p.at(A);
        assertEquals(round(List.of(new Specialisation(DocumentKind.PATENT, "F1", 5, 2.0),
                new Specialisation(DocumentKind.PATENT, "F2", 5, (5.0 / 10) / (30.0 / 40)))), round(a.specialisations()));
        assertEquals("F1", a.topSpecialisations().get(0).field());
        ClusterProfile b = p.at(B);
        assertEquals((5.0 / 30) / (10.0 / 40), b.specialisations().get(0).rta(), 1e-12);
        assertEquals((25.0 / 30) / (30.0 / 40), b.specialisations().get(1).rta(), 1e-12);
        assertEquals("F2", b.topSpecialisations().get(0).field());
    }

    @Test
    void topSpecialisationsLeaveOutFieldsUnderOnePercent() {
        double[] patents = {100};
        List<Specialisation> s = List.of(new Specialisation(DocumentKind.PATENT, "rare", 0.99, 50),
                new Specialisation(DocumentKind.PATENT, "one percent", 1.0, 3),
                new Specialisation(DocumentKind.PATENT, "big", 60, 1.2),
                new Specialisation(DocumentKind.PATENT, "bigger", 38.01, 1.5),
                new Specialisation(DocumentKind.PATENT, "none", 0, 0));
        ClusterProfile p = new ClusterProfile(0, 2020, patents, new double[1], new double[1], Double.NaN,
                Double.NaN, Double.NaN, 0, List.of(), s, List.of());
        assertEquals(List.of("one percent", "bigger", "big"),
                p.topSpecialisations().stream().map(Specialisation::field).toList());
    }

    private static List<Specialisation> round(List<Specialisation> s) {
        return s.stream().map(x -> new Specialisation(x.kind(), x.field(), Math.round(x.count() * 1e9) / 1e9,
                Math.round(x.rta() * 1e9) / 1e9)).toList();
    }
}
