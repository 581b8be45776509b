package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocationTableTest {

    private static LocationTable sample() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(35.0, 139.0, DocumentKind.PATENT, 2020, "F1", 0.5, "JP", "Tokyo");
        b.add(35.0, 139.0, DocumentKind.PATENT, 2020, "F1", 0.25, "JP", "Tokyo");
        b.add(35.0, 139.0, DocumentKind.PUBLICATION, 2021, "Physics", 1.0, "JP", "Tokyo");
        b.add(48.8, 2.3, DocumentKind.PATENT, 2019, "F2", 0.25, "FR", "Paris");
        b.addUnlocated(DocumentKind.PATENT, 2020, b.field("F1"), 0.5);
        return b.build();
    }

    @Test
    void identicalCoordinatesAndEntriesAreMerged() {
        LocationTable t = sample();
        assertEquals(2, t.size());
        assertEquals(3, t.entryCount());
        assertEquals(0.75, t.entryWeight(t.entryStart(0)), 1e-12);
        assertEquals("Tokyo", t.city(0));
        assertEquals("FR", t.country(1));
        assertEquals(2019, t.minYear());
        assertEquals(2021, t.maxYear());
    }

    @Test
    void filtersByYearKindFieldAndCountry() {
        LocationTable t = sample();
        LocationWeights all = t.weigh(WeightFilter.all());
        assertEquals(0.75, all.patents()[0], 1e-12);
        assertEquals(1.5, all.totalPatents(), 1e-12);
        assertEquals(1.0, all.totalPublications(), 1e-12);

        LocationWeights y2020 = t.weigh(new WeightFilter(2020, 2020, null, null, null));
        assertEquals(0.0, y2020.patents()[1], 1e-12);
        assertEquals(1.25, y2020.totalPatents(), 1e-12);
        assertEquals(0.0, y2020.totalPublications(), 1e-12);

        LocationWeights pubsOnly = t.weigh(new WeightFilter(2000, 2030, EnumSet.of(DocumentKind.PUBLICATION), null,
                null));
        assertEquals(0.0, pubsOnly.totalPatents(), 1e-12);
        assertEquals(1.0, pubsOnly.publications()[0], 1e-12);

        LocationWeights f2 = t.weigh(new WeightFilter(2000, 2030, null, Set.of("F2"), null));
        assertEquals(0.25, f2.totalPatents(), 1e-12);

        LocationWeights fr = t.weigh(new WeightFilter(2000, 2030, null, null, Set.of("FR")));
        assertEquals(0.0, fr.patents()[0], 1e-12);
        assertEquals(0.25, fr.totalPatents(), 1e-12, "unlocated shares have no country");
    }
}
