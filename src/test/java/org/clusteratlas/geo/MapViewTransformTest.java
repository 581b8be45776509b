package org.clusteratlas.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapViewTransformTest {
    /** A zoom-2 view (1024 px per world) whose longitude -180 on the equator is at (-300, 200). */
    private static final MapViewTransform VIEW = MapViewTransform.fromEquator(-300, 200, -300 + 512);

    @Test
    void fromTheTwoEquatorPointsAMapLayerKnows() {
        assertEquals(1024, VIEW.scale(), 1e-12);
        assertEquals(2, VIEW.zoom(), 1e-12);
        assertEquals(-300, VIEW.ox(), 1e-12);
        assertEquals(200 - 512, VIEW.oy(), 1e-12, "Mercator y 0 (the top) is half a world above the equator");
        assertEquals(-300, VIEW.lonX(-180, 0), 1e-9);
        assertEquals(200, VIEW.latY(0), 1e-9);
        assertEquals(-300 + 512, VIEW.lonX(0, 0.5), 1e-9);
        assertEquals(VIEW.oy(), VIEW.latY(WebMercator.MAX_LAT), 1e-9);
    }

    @Test
    void screenAndMercatorRoundTrip() {
        for (double mx = -1.5; mx <= 2.5; mx += 0.173) {
            assertEquals(mx, VIEW.mercatorX(VIEW.screenX(mx)), 1e-12);
            assertEquals(mx, VIEW.mercatorY(VIEW.screenY(mx)), 1e-12);
        }
        for (double sx = -800; sx <= 1600; sx += 97.5) {
            assertEquals(sx, VIEW.screenX(VIEW.mercatorX(sx)), 1e-9);
            assertEquals(sx, VIEW.screenY(VIEW.mercatorY(sx)), 1e-9);
        }
        double tokyoLat = 35.68;
        double tokyoLon = 139.69;
        assertEquals(tokyoLat, WebMercator.lat(VIEW.mercatorY(VIEW.latY(tokyoLat))), 1e-9);
        assertEquals(tokyoLon, WebMercator.lon(VIEW.mercatorX(VIEW.lonX(tokyoLon, 0.5))), 1e-9);
    }

    @Test
    void eachPointOnTheCopyOfTheWorldNearestTheViewsCentre() {
        // 1000 px wide: the centre is at screen 500, Mercator (500 + 300) / 1024 = 0.78 (longitude 101)
        double mid = VIEW.centreX(1000);
        assertEquals(800.0 / 1024, mid, 1e-12);
        double sanFrancisco = WebMercator.x(-122.42); // 0.16: more than half a world west of 0.78
        assertEquals(VIEW.screenX(sanFrancisco + 1), VIEW.screenX(sanFrancisco, mid), 1e-9,
                "across the Pacific, on the copy east of the view's centre");
        assertEquals(VIEW.screenX(sanFrancisco + 1), VIEW.lonX(-122.42, mid), 1e-9);
        double shenzhen = WebMercator.x(114.06);
        assertEquals(VIEW.screenX(shenzhen), VIEW.lonX(114.06, mid), 1e-9, "in the view's own world");
        assertEquals(VIEW.screenX(shenzhen - 2), VIEW.lonX(114.06, mid - 2), 1e-9, "two worlds west");
        double x = VIEW.lonX(-122.42, mid);
        assertTrue(Math.abs(x - 500) <= 512 + 1e-9, "within half a world of the centre: " + x);
    }
}
