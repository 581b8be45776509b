package org.clusteratlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;

class ClusterParametersTest {

    @Test
    void everySpecIsCompleteAndItsDefaultIsValid() {
        Set<String> ids = new HashSet<>();
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            assertTrue(s.id().matches("[a-z][a-z-]*"), s.id());
            assertTrue(!s.label().isBlank() && !s.effect().isBlank() && !s.whyDefault().isBlank(), s.id());
            if (s instanceof NumberSpec n) {
                assertTrue(n.min() < n.max() && n.defaultValue() >= n.min() && n.defaultValue() <= n.max(), s.id());
            }
            assertEquals(s, ParameterSpecs.byId(s.id()));
        }
        assertEquals("--eps-km", ParameterSpecs.EPS_KM.cliOption());
        assertEquals("--min-patents", ParameterSpecs.MIN_PATENTS.cliOption());
        assertEquals("--min-publications", ParameterSpecs.MIN_PUBLICATIONS.cliOption());
        assertNotNull(ClusterParameters.defaults());
    }

    @Test
    void valuesOutsideTheSpecsAreRejectedWithTheParameterNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClusterParameters(0.5, 10, 10, null));
        assertTrue(e.getMessage().startsWith("eps-km: must be between 1 and 50 km"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClusterParameters(51, 10, 10, null));
        assertThrows(IllegalArgumentException.class, () -> new ClusterParameters(Double.NaN, 10, 10, null));
        e = assertThrows(IllegalArgumentException.class, () -> new ClusterParameters(10, 0, 10, null));
        assertTrue(e.getMessage().startsWith("min-patents"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ClusterParameters.defaults().withText(ParameterSpecs.MIN_PUBLICATIONS, "many"));
        assertEquals("min-publications: 'many' is not a number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ClusterParameters.defaults().withText(ParameterSpecs.KINDS, "patent,poem"));
        assertTrue(e.getMessage().startsWith("kinds: unknown kind"), e.getMessage());
    }

    @Test
    void everyParameterRoundTripsThroughItsText() {
        ClusterParameters p = new ClusterParameters(12.5, 30, 7.25, new WeightFilter(2015, 2020,
                EnumSet.of(DocumentKind.PUBLICATION), Set.of("physics", "Electrical machinery, apparatus"),
                Set.of("DE", "FR")));
        ClusterParameters q = ClusterParameters.defaults();
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            q = q.withText(s, p.text(s));
        }
        assertEquals(p, q);
        assertEquals("12.5", p.text(ParameterSpecs.EPS_KM));
        assertEquals("2015-2020", p.text(ParameterSpecs.YEARS));
        assertEquals("DE,FR", p.text(ParameterSpecs.COUNTRIES));
        assertEquals("Electrical machinery\\, apparatus,physics", p.text(ParameterSpecs.FIELDS));
        assertEquals("all", ClusterParameters.defaults().text(ParameterSpecs.YEARS));
        assertEquals("patent,publication", ClusterParameters.defaults().text(ParameterSpecs.KINDS));
        assertEquals("all", ClusterParameters.defaults().text(ParameterSpecs.FIELDS));
        assertEquals(ParameterSpecs.ALL.size(), p.texts(YearRange.ALL).size());
    }
}
