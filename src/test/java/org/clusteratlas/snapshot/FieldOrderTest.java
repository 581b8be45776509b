package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldOrderTest {
    @Test
    void technologyFieldsByWipoNumberThenTheRestByName() {
        List<String> mixed = List.of("Physical sciences", "Transport", "Computer technology", "Engineering",
                "Electrical machinery, apparatus, energy", "Biotechnology");
        assertEquals(List.of("Electrical machinery, apparatus, energy", "Computer technology", "Biotechnology",
                "Transport", "Engineering", "Physical sciences"), FieldOrder.sorted(mixed));
        assertEquals(FieldOrder.sorted(mixed), FieldOrder.sorted(List.copyOf(new java.util.TreeSet<>(mixed))),
                "the same order whatever the snapshot's");
    }
}
