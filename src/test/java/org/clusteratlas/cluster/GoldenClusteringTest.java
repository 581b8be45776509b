package org.clusteratlas.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.Test;

/**
 * Tiny literal data sets whose clusters were worked out by hand. On the equator 0.05 degree of longitude is
 * 5.56 km, 0.1 degree 11.12 km, 1 degree 111.2 km.
 */
class GoldenClusteringTest {
    private static final int N = Clustering.NOISE;

    private static int[] clusters(Clustering c) {
        int[] out = new int[c.locationCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.clusterOf(i);
        }
        return out;
    }

    /**
     * A(0,0) 2 patents, B(0,0.05) 1 patent, C(0,0.10) 1 publication, D(0,0.15) 1 publication,
     * E(0,1) 5 patents, F(0,1.05) half a publication. eps 6 km, 3 patents, 2 publications.
     * Patent cores: A and B (A+B = 3 within 6 km of each), E (5). Publication cores: C and D (C+D = 2).
     * B and C are 5.56 km apart, so the patent cluster {A,B} and the publication cluster {C,D} merge into
     * cluster 0 (smallest location index A = 0). E is cluster 1; F, 5.56 km from E, is its member.
     */
    private static LocationTable mergeExample() {
        return new LocationTable.Builder()
                .add(0, 0, DocumentKind.PATENT, 2020, null, 1, "AA", "A")
                .add(0, 0, DocumentKind.PATENT, 2021, null, 1, "AA", "A")
                .add(0, 0.05, DocumentKind.PATENT, 2020, null, 0.5, "AA", "B")
                .add(0, 0.05, DocumentKind.PATENT, 2020, null, 0.5, "AA", "B")
                .add(0, 0.10, DocumentKind.PUBLICATION, 2020, null, 1, "AA", "C")
                .add(0, 0.15, DocumentKind.PUBLICATION, 2020, null, 1, "AA", "D")
                .add(0, 1.00, DocumentKind.PATENT, 2020, null, 5, "AA", "E")
                .add(0, 1.05, DocumentKind.PUBLICATION, 2020, null, 0.5, "AA", "F")
                .build();
    }

    @Test
    void patentAndPublicationClustersMergeAndMembersJoinTheNearestCluster() {
        LocationTable t = mergeExample();
        Clustering c = new ClusterEngine(t).cluster(new ClusterParameters(6, 3, 2, null));
        assertEquals(2, c.clusterCount());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1}, clusters(c));
        assertTrue(c.isPatentCore(0) && c.isPatentCore(1) && c.isPatentCore(4));
        assertFalse(c.isPublicationCore(0) || c.isPatentCore(2) || c.isPatentCore(3));
        assertTrue(c.isPublicationCore(2) && c.isPublicationCore(3));
        assertFalse(c.isCore(5));
        assertEquals(3, c.patents(0), 1e-12);
        assertEquals(2, c.publications(0), 1e-12);
        assertEquals(5, c.patents(1), 1e-12);
        assertEquals(0.5, c.publications(1), 1e-12);
    }

    /**
     * Same data, 3 publications needed: C and D are no longer cores. C is 5.56 km from the patent core B,
     * so it stays a member of cluster 0; D is 11.1 km from B, so it becomes noise.
     */
    @Test
    void locationsOfTheOtherKindAreMembersOfAClusterFoundThroughOneKind() {
        Clustering c = new ClusterEngine(mergeExample()).cluster(new ClusterParameters(6, 3, 3, null));
        assertArrayEquals(new int[] {0, 0, 0, N, 1, 1}, clusters(c));
        assertFalse(c.isCore(2) || c.isCore(3));
        assertEquals(1, c.publications(0), 1e-12);
    }

    /**
     * East(0,0.1) and West(0,-0.1) hold 5 patents each, 22.2 km apart: two clusters at eps 12 km, East first
     * (location 0). P(0,0) holds half a publication and is exactly as far from both: the tie goes to the
     * lower cluster id, East's 0.
     */
    @Test
    void aTieBetweenTwoNearestCoresGoesToTheLowerClusterId() {
        LocationTable t = new LocationTable.Builder()
                .add(0, 0.1, DocumentKind.PATENT, 2020, null, 5, "AA", "East")
                .add(0, 0, DocumentKind.PUBLICATION, 2020, null, 0.5, "AA", "P")
                .add(0, -0.1, DocumentKind.PATENT, 2020, null, 5, "AA", "West")
                .build();
        Clustering c = new ClusterEngine(t).cluster(new ClusterParameters(12, 5, 5, null));
        assertArrayEquals(new int[] {0, 0, 1}, clusters(c));
        assertFalse(c.isCore(1));
    }

    /** 179.95E and 179.95W on the equator are 11.1 km apart, not 40,000 km: 3 + 3 patents reach 5. */
    @Test
    void theAntimeridianIsAnOrdinaryPlace() {
        LocationTable t = new LocationTable.Builder()
                .add(0, 179.95, DocumentKind.PATENT, 2020, null, 3, "FJ", null)
                .add(0, -179.95, DocumentKind.PATENT, 2020, null, 3, "FJ", null)
                .build();
        Clustering c = new ClusterEngine(t).cluster(new ClusterParameters(12, 5, 5, null));
        assertArrayEquals(new int[] {0, 0}, clusters(c));
        assertTrue(c.isPatentCore(0) && c.isPatentCore(1));
        Clustering tighter = new ClusterEngine(t).cluster(new ClusterParameters(11, 5, 5, null));
        assertArrayEquals(new int[] {N, N}, clusters(tighter));
    }

    /** 89.95N at 0E and at 180E are 0.1 degree (11.1 km) apart across the pole; the pole itself is one point. */
    @Test
    void thePoleIsAnOrdinaryPlace() {
        LocationTable t = new LocationTable.Builder()
                .add(89.95, 0, DocumentKind.PUBLICATION, 2020, null, 3, null, null)
                .add(89.95, 180, DocumentKind.PUBLICATION, 2020, null, 3, null, null)
                .add(90, 45, DocumentKind.PATENT, 2020, null, 1, null, null)
                .add(90, -120, DocumentKind.PATENT, 2020, null, 1, null, null)
                .build();
        Clustering c = new ClusterEngine(t).cluster(new ClusterParameters(12, 2, 5, null));
        // publications: 3 + 3 within 12 km; patents: the two "pole" locations are the same point, 1 + 1 = 2
        assertArrayEquals(new int[] {0, 0, 0, 0}, clusters(c));
        assertTrue(c.isPublicationCore(0) && c.isPublicationCore(1) && c.isPatentCore(2) && c.isPatentCore(3));
        Clustering small = new ClusterEngine(t).cluster(new ClusterParameters(5.5, 2, 5, null));
        // 5.56 km from the pole to each publication location: beyond 5.5 km, so only the pole cluster remains
        assertArrayEquals(new int[] {N, N, 0, 0}, clusters(small));
    }
}
