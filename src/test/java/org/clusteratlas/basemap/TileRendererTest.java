package org.clusteratlas.basemap;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileRendererTest {
    private static final TileRenderer RENDERER = TileRenderer.bundled();

    /** Pixel of (lat, lon) inside its tile at a zoom, by the textbook slippy-map formula. */
    private static int[] tilePixel(int zoom, double lat, double lon) {
        double n = Math.pow(2, zoom);
        double x = (lon + 180) / 360 * n;
        double latRad = Math.toRadians(lat);
        double y = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n;
        return new int[] {(int) Math.floor(x), (int) Math.floor(y),
            (int) ((x - Math.floor(x)) * 256), (int) ((y - Math.floor(y)) * 256)};
    }

    private static int colourAt(int zoom, double lat, double lon) {
        int[] t = tilePixel(zoom, lat, lon);
        BufferedImage img = RENDERER.render(zoom, t[0], t[1]);
        return img.getRGB(t[2], t[3]) & 0xFFFFFF;
    }

    @Test
    void landAndSeaDiffer() {
        // Central Sahara (Algeria) is land, the middle of the Pacific is sea, at several zooms.
        for (int zoom : new int[] {1, 3, 6}) {
            int land = colourAt(zoom, 25.0, 5.0);
            int sea = colourAt(zoom, 0.0, -140.0);
            assertEquals(MapStyle.LAND.getRGB() & 0xFFFFFF, land, "land colour at zoom " + zoom);
            assertEquals(MapStyle.SEA.getRGB() & 0xFFFFFF, sea, "sea colour at zoom " + zoom);
            assertNotEquals(land, sea);
        }
        // A lake-free inland point of Brazil and the open South Atlantic.
        assertEquals(MapStyle.LAND.getRGB() & 0xFFFFFF, colourAt(5, -10.0, -50.0));
        assertEquals(MapStyle.SEA.getRGB() & 0xFFFFFF, colourAt(5, -30.0, -20.0));
    }

    @Test
    void tileIsNotBlankAndIsOpaque() {
        int[] t = tilePixel(5, 48.85, 2.35); // Paris: coast, borders, states, urban area, labels
        BufferedImage img = RENDERER.render(5, t[0], t[1]);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int argb = img.getRGB(x, y);
                assertEquals(0xFF, argb >>> 24, "opaque pixel");
                colours.add(argb);
            }
        }
        assertTrue(colours.size() > 20, "a detailed tile has many colours, got " + colours.size());
    }

    @Test
    void columnsWrapAroundTheAntimeridian() {
        BufferedImage a = RENDERER.render(2, 1, 1);
        BufferedImage b = RENDERER.render(2, 5, 1);
        for (int y = 0; y < 256; y += 7) {
            for (int x = 0; x < 256; x += 7) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y));
            }
        }
    }

    @Test
    void fullDetailLandIsValidAfterRepair() {
        BasemapData d = BasemapData.bundled();
        java.util.List<org.locationtech.jts.geom.Polygon> land = d.land(12, new org.locationtech.jts.geom.Envelope(0, 1, 0, 1));
        assertTrue(land.size() > 1000, "countries and islands: " + land.size());
        for (org.locationtech.jts.geom.Polygon p : land) {
            assertTrue(p.isValid(), "invalid polygon left unrepaired near " + p.getInteriorPoint());
        }
        assertTrue(d.repairedPolygons() > 0, "Natural Earth has a few self-intersecting polygons");
    }
}
