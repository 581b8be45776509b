package org.clusteratlas.ui;

import com.gluonhq.maps.MapPoint;
import org.clusteratlas.basemap.TileRenderer;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.figure.FigureContent;
import org.clusteratlas.figure.MapFigure;
import org.clusteratlas.figure.MapFrame;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerResult;

import java.util.List;
import java.util.Locale;

/**
 * File › Export › Map as PNG: the map the window shows, drawn by the same {@link MapFigure} as the
 * {@code map} command (never a snapshot of the nodes, so no zoom buttons or tooltips get in), at the size
 * shown or at a report size. The view (centre, zoom) is the window's; a bigger image zooms in so that it
 * shows the same area.
 */
final class MapExport {
    /** The sizes offered; {@code 0 x 0} stands for the size shown. */
    record Size(String label, int width, int height) {
        boolean asShown() {
            return width == 0;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final List<Size> SIZES = List.of(new Size("As shown", 0, 0), new Size("1920 \u00d7 1080 (slides)", 1920, 1080),
            new Size("3000 \u00d7 2000 (print)", 3000, 2000));

    private MapExport() {
    }

    /** The window's view of the map as a frame of the map view's size. */
    static MapFrame shownFrame(AtlasMap map) {
        int w = (int) Math.max(1, Math.round(map.mapView().getWidth()));
        int h = (int) Math.max(1, Math.round(map.mapView().getHeight()));
        MapPoint c = map.mapView().getMapPosition(w / 2.0, h / 2.0);
        double lat = c == null ? MapFrame.WORLD_CENTRE_LAT : c.getLatitude();
        double lon = c == null ? 0 : c.getLongitude();
        return new MapFrame(WebMercator.x(lon), WebMercator.y(lat), map.zoomProperty().get(), w, h);
    }

    /** What the figure shows: the window's result and selection (call on the FX thread). */
    static FigureContent content(ExplorerResult r, ClusterRow selected) {
        return FigureContent.of(r.ranking(), r.shown(), r.shapes(), r.mercatorX(), r.mercatorY(), r.parameters(),
                r.snapshot().table(), r.snapshot().metadata(), r.snapshot().file().getFileName().toString(),
                selected == null ? -1 : selected.clusterId(), org.clusteratlas.io.AppVersion.current());
    }

    /** Width and height of the image for a size choice: "as shown" is the map view plus the caption band. */
    static int[] pixels(Size size, MapFrame shown, FigureContent content) {
        if (!size.asShown()) {
            return new int[] {size.width(), size.height()};
        }
        int band = shown.height() - MapFigure.mapHeight(content, shown.width(), shown.height());
        return new int[] {shown.width(), shown.height() + band};
    }

    /** Draws the figure (any thread: pure Java2D). */
    static MapFigure.Drawn render(FigureContent content, MapFrame shown, int width, int height) {
        MapFrame frame = shown.resized(width, MapFigure.mapHeight(content, width, height));
        return new MapFigure(TileRenderer.bundled()).render(content, frame, width, height);
    }

    static String describe(int[] wh) {
        return String.format(Locale.ROOT, "%d \u00d7 %d", wh[0], wh[1]);
    }
}
