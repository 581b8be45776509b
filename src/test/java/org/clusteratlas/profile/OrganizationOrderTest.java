package org.clusteratlas.profile;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The primitive sort of a cluster's organisations against a plain sort of the records by count (largest first)
 * then name: the same list, ties of count and repeated names included.
 */
class OrganizationOrderTest {
    @Property(tries = 60, seed = "14")
    void sortsAsCountThenName(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n,
                              @ForAll @IntRange(min = 1, max = 50) int names) {
        Random r = new Random(seed);
        List<String> orgNames = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            // repeated names on purpose: two organisations may carry one name
            orgNames.add("Org " + (char) ('A' + r.nextInt(Math.max(1, names / 2))) + r.nextInt(3));
        }
        int[] org = new int[n + 2];
        double[] count = new double[n + 2];
        List<OrganizationCount> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            org[i + 1] = r.nextInt(names);
            count[i + 1] = r.nextInt(4) == 0 ? 0.5 * r.nextInt(4) : r.nextDouble() * 10;
            expected.add(new OrganizationCount(orgNames.get(org[i + 1]), count[i + 1]));
        }
        org[0] = -7;
        org[n + 1] = -8;
        expected.sort(Comparator.comparingDouble(OrganizationCount::count).reversed()
                .thenComparing(OrganizationCount::name));
        new OrganizationOrder(orgNames).sort(org, count, 1, n + 1);
        List<OrganizationCount> actual = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            actual.add(new OrganizationCount(orgNames.get(org[i]), count[i]));
        }
        assertEquals(expected, actual);
        assertEquals(-7, org[0], "outside the range: untouched");
        assertEquals(-8, org[n + 1], "outside the range: untouched");
    }
}
