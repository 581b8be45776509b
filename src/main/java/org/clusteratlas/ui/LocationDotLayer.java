package org.clusteratlas.ui;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.clusteratlas.geo.MapViewTransform;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;

import java.util.Arrays;

/**
 * The snapshot's locations as faint dots over the base map. Hundreds of thousands of locations would be
 * far too many nodes, so the layer stamps them into one image: coordinates are projected once when the
 * snapshot changes, and each redraw (on every pan or zoom) is a scale, a shift and a pass over plain
 * arrays. Alpha accumulates, so dense areas darken like a density map.
 */
final class LocationDotLayer extends MapLayer {
    private static final int RGB = 0x2F6DB5;
    private final ImageView view = new ImageView();
    private float[] mx = new float[0];
    private float[] my = new float[0];
    private float[] strength = new float[0];
    private WritableImage image;
    private float[] alpha = new float[0];
    private int[] pixels = new int[0];
    private int drawn;
    private boolean stale;

    LocationDotLayer() {
        setMouseTransparent(true);
        view.setManaged(false);
        getChildren().add(view);
    }

    /** Shows {@code table}'s locations weighted by {@code weights} (null clears the layer). */
    void show(LocationTable table, LocationWeights weights) {
        int n = table == null ? 0 : table.size();
        mx = new float[n];
        my = new float[n];
        strength = new float[n];
        for (int i = 0; i < n; i++) {
            mx[i] = (float) WebMercator.x(table.lon(i));
            my[i] = (float) WebMercator.y(table.lat(i));
            double w = weights == null ? 1 : weights.patents()[i] + weights.publications()[i];
            strength[i] = (float) Math.min(0.75, 0.2 + 0.18 * Math.log10(1 + w));
        }
        stale = true;
        markDirty();
    }

    /**
     * Gluon's {@code MapLayer} never clears its dirty flag and would redraw on every layout pass; redraw
     * here only for new data or a new size (the map view itself asks for a redraw on pan and zoom).
     */
    @Override
    protected void layoutChildren() {
        Node parent = getParent();
        boolean resized = parent instanceof Region r && image != null
                && ((int) Math.ceil(r.getWidth()) != (int) image.getWidth()
                || (int) Math.ceil(r.getHeight()) != (int) image.getHeight());
        if (stale || resized) {
            stale = false;
            layoutLayer();
        }
    }

    /** The image the dots are drawn into, the size of the map view (for tests). */
    WritableImage image() {
        return image;
    }

    /** Number of dots inside the view at the last redraw (for tests and the status bar). */
    int drawnDots() {
        return drawn;
    }

    @Override
    protected void layoutLayer() {
        Node parent = getParent();
        if (!(parent instanceof Region r)) {
            return;
        }
        int w = (int) Math.ceil(r.getWidth());
        int h = (int) Math.ceil(r.getHeight());
        Point2D west = getMapPoint(0, -180);
        Point2D centre = getMapPoint(0, 0);
        if (w <= 0 || h <= 0 || west == null || centre == null) {
            return;
        }
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            alpha = new float[w * h];
            pixels = new int[w * h];
            view.setImage(image);
        }
        MapViewTransform t = MapViewTransform.fromEquator(west.getX(), west.getY(), centre.getX());
        double zoom = t.zoom();
        int radius = zoom < 4 ? 0 : zoom < 8 ? 1 : 2;
        Arrays.fill(alpha, 0f);
        int count = 0;
        for (int k = 0; k < mx.length; k++) {
            int x = (int) t.screenX(mx[k]);
            int y = (int) t.screenY(my[k]);
            if (x < -radius || y < -radius || x >= w + radius || y >= h + radius) {
                continue;
            }
            count++;
            float s = strength[k];
            stamp(x, y, s, w, h);
            if (radius == 0) {
                stamp(x + 1, y, s * 0.5f, w, h);
                stamp(x, y + 1, s * 0.5f, w, h);
                stamp(x + 1, y + 1, s * 0.3f, w, h);
            } else {
                for (int dy = -radius; dy <= radius; dy++) {
                    for (int dx = -radius; dx <= radius; dx++) {
                        if ((dx != 0 || dy != 0) && dx * dx + dy * dy <= radius * radius + 1) {
                            stamp(x + dx, y + dy, s * 0.7f, w, h);
                        }
                    }
                }
            }
        }
        drawn = count;
        int red = (RGB >> 16) & 0xFF;
        int green = (RGB >> 8) & 0xFF;
        int blue = RGB & 0xFF;
        for (int p = 0; p < pixels.length; p++) {
            float a = alpha[p];
            if (a == 0f) {
                pixels[p] = 0;
            } else {
                int ai = (int) (a * 255f + 0.5f);
                pixels[p] = (ai << 24) | ((red * ai / 255) << 16) | ((green * ai / 255) << 8) | (blue * ai / 255);
            }
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
    }

    private void stamp(int x, int y, float s, int w, int h) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return;
        }
        int p = y * w + x;
        alpha[p] = alpha[p] + s * (1f - alpha[p]);
    }
}
