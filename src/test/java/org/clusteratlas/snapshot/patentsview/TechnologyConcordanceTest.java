package org.clusteratlas.snapshot.patentsview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TechnologyConcordanceTest {
    private final TechnologyConcordance c = TechnologyConcordance.wipo();

    @Test
    void thirtyFiveFieldsInWipoOrder() {
        assertEquals(35, c.fieldNames().size());
        assertEquals("Electrical machinery, apparatus, energy", c.fieldNames().get(0));
        assertEquals("Civil engineering", c.fieldNames().get(34));
    }

    @Test
    void subclassAndCarvedOutMainGroups() {
        assertEquals("Measurement", c.fieldName("G01N21/17"));
        assertEquals("Analysis of biological materials", c.fieldName("G01N33/53"));
        assertEquals("Analysis of biological materials", c.fieldName("G01N 33/5308"));
        assertEquals("Pharmaceuticals", c.fieldName("A61K31/00"));
        assertEquals("Organic fine chemistry", c.fieldName("A61K8/02"));
        assertEquals("Chemical engineering", c.fieldName("B01D1/00"));
        assertEquals("Environmental technology", c.fieldName("B01D53/62"));
        assertEquals("Civil engineering", c.fieldName("E01F9/00"));
        assertEquals("Environmental technology", c.fieldName("E01F8/00"));
        assertEquals("Digital communication", c.fieldName("H04N21/4402"));
        assertEquals("Telecommunications", c.fieldName("H04N1/00"));
        assertEquals("Audio-visual technology", c.fieldName("H04N5/225"));
        assertEquals("IT methods for management", c.fieldName("G06Q10/06"));
        assertEquals("Computer technology", c.fieldName("G06F3/01"));
        assertEquals("Semiconductors", c.fieldName("H01L21/02"));
        assertEquals("Transport", c.fieldName("B60L"));
    }

    @Test
    void codesWithoutFieldGiveNull() {
        assertNull(c.fieldName("Y02E10/50"));
        assertNull(c.fieldName("Y10S"));
        assertNull(c.fieldName("X"));
        assertNull(c.fieldName(null));
    }
}
