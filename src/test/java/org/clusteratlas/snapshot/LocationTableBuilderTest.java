package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder's sort-based grouping against a plain map of (location, kind, year, field) sums. */
class LocationTableBuilderTest {
    @Test
    void groupsLikeANaiveMap() {
        SplittableRandom rnd = new SplittableRandom(7);
        LocationTable.Builder b = new LocationTable.Builder();
        Map<List<Object>, Double> expected = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            b.location(i, -i, null, null);
        }
        for (int i = 0; i < 3; i++) {
            b.field("F" + i);
        }
        for (int i = 0; i < 20_000; i++) {
            int loc = rnd.nextInt(50);
            DocumentKind kind = DocumentKind.values()[rnd.nextInt(2)];
            int year = 2014 + rnd.nextInt(4);
            int field = rnd.nextInt(4) - 1;
            double w = 1.0 / (1 + rnd.nextInt(6));
            b.add(loc, kind, year, field, w);
            expected.merge(List.of(loc, kind, year, field), w, Double::sum);
        }
        LocationTable t = b.build();
        assertEquals(expected.size(), t.entryCount());
        for (int loc = 0; loc < t.size(); loc++) {
            int previousKey = Integer.MIN_VALUE;
            for (int e = t.entryStart(loc); e < t.entryEnd(loc); e++) {
                List<Object> key = List.of(loc, t.entryKind(e), t.entryYear(e), t.entryField(e));
                assertEquals(expected.get(key), t.entryWeight(e), 1e-9, key.toString());
                int order = t.entryKind(e).ordinal() << 24 | t.entryYear(e) << 8 | (t.entryField(e) + 1);
                assertTrue(order > previousKey, "entries sorted by kind, year, field");
                previousKey = order;
            }
        }
    }

    @Test
    void rejectsUnknownLocations() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.location(1, 2, null, null);
        assertThrows(IllegalArgumentException.class, () -> b.add(1, DocumentKind.PATENT, 2020, -1, 1));
    }
}
