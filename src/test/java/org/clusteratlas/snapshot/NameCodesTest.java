package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameCodesTest {
    @Test
    void codesFollowFirstAppearanceAndMissingNamesAreMinusOne() {
        NameCodes c = new NameCodes();
        assertEquals(0, c.code("FR"));
        assertEquals(1, c.code("DE"));
        assertEquals(0, c.code("FR"));
        assertEquals(-1, c.code(null));
        assertEquals(-1, c.code("  "));
        assertEquals(List.of("FR", "DE"), c.names());
        assertEquals("DE", c.name(1));
        assertNull(c.name(-1));
        assertEquals(2, c.size());
    }
}
