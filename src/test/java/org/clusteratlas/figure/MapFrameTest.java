package org.clusteratlas.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusteratlas.geo.MapViewTransform;
import org.junit.jupiter.api.Test;

/** The exported figure's frame and the window's map layers put a point at the same place. */
class MapFrameTest {

    @Test
    void theFramesViewIsTheTransformAMapLayerDerivesFromTheSameView() {
        MapFrame f = new MapFrame(0.3, 0.42, 3.5, 1600, 900);
        // what a Gluon map layer knows: where the equator meets longitude -180 and longitude 0 on screen
        MapViewTransform layer = MapViewTransform.fromEquator(f.px(0), f.py(0.5), f.px(0.5));
        MapViewTransform view = f.view();
        assertEquals(view.scale(), layer.scale(), 1e-9 * view.scale());
        assertEquals(view.ox(), layer.ox(), 1e-6);
        assertEquals(view.oy(), layer.oy(), 1e-6);
        assertEquals(800, f.px(0.3), 1e-9, "the centre is at the middle of the surface");
        assertEquals(450, f.py(0.42), 1e-9);
    }

    @Test
    void aPointAcrossTheAntimeridianIsDrawnOnTheCopyNearestTheCentre() {
        MapFrame f = new MapFrame(0.02, 0.5, 4, 1000, 800);
        // x 0.99 is 0.03 of a world west of the centre on the copy to the left, not 0.97 east
        assertTrue(f.px(0.99) < 500, "west of the centre: " + f.px(0.99));
        assertEquals(500 - 0.03 * f.scale(), f.px(0.99), 1e-6);
    }
}
