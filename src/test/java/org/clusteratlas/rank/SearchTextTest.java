package org.clusteratlas.rank;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {
    @Test
    void foldsCaseAccentsAndDashes() {
        assertEquals("shenzhen-hong kong", SearchText.fold("Shenzhen\u2013Hong  Kong"));
        assertEquals("sao paulo", SearchText.fold(" São Paulo "));
        assertEquals("zurich-koln", SearchText.fold("Zürich\u2014Köln"));
        assertTrue(SearchText.contains("Shenzhen\u2013Hong Kong", SearchText.fold("shenzhen-hong")));
        assertFalse(SearchText.contains("Tokyo", SearchText.fold("osaka")));
        assertTrue(SearchText.contains("Tokyo", ""));
    }
}
