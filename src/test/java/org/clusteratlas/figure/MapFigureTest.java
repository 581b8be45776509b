package org.clusteratlas.figure;

import org.clusteratlas.basemap.TileRenderer;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapFigureTest {
    static Snapshot snapshot;
    static PreparedSnapshot prepared;
    static Ranking ranking;

    @BeforeAll
    static void rank() throws Exception {
        snapshot = SnapshotReader.open(Path.of("sample-data/world-sample.sqlite"));
        prepared = PreparedSnapshot.of(snapshot);
        ranking = prepared.ranker().rank(prepared.engine().cluster(ClusterParameters.defaults()));
    }

    static FigureContent content(int selected) {
        var shown = ranking.top(100);
        return FigureContent.of(ranking, shown, ClusterShapes.of(ranking, shown, prepared.mercatorX(),
                prepared.mercatorY()), prepared.mercatorX(), prepared.mercatorY(), ClusterParameters.defaults(),
                snapshot.table(), snapshot.metadata(), "world-sample.sqlite", selected, "test");
    }

    @Test
    void worldFigureHasItsSizeLegendParametersAndTheTopTenLabels() {
        int w = 1200;
        int h = 700;
        MapFigure.Drawn d = new MapFigure(TileRenderer.bundled()).render(content(-1),
                MapFrame.world(w, MapFigure.mapHeight(content(-1), w, h)), w, h);
        assertEquals(w, d.image().getWidth());
        assertEquals(h, d.image().getHeight());
        for (int r = 0; r < LabelPlacement.ALWAYS_LABELLED; r++) {
            String label = ClusterMarks.label(ranking.rows().get(r));
            assertTrue(d.texts().contains(label), "top-10 label drawn: " + label);
        }
        for (String entry : new String[] {MapLegendFigure.AREA, MapLegendFigure.HULL, MapLegendFigure.DOTS}) {
            assertTrue(d.texts().contains(entry), entry);
        }
        String all = String.join(" | ", d.texts());
        for (String part : new String[] {"379 clusters, top 100 shown", "Radius 13 km", "Minimum patents 0.045%",
            "Years 2014-2023", "Kinds patent, publication", "Natural Earth", "GeoNames"}) {
            assertTrue(all.contains(part), part + " in " + all);
        }
        assertTrue(d.texts().stream().noneMatch(t -> t.endsWith("...")), "wrapped, not cut: " + all);
        assertEquals(1, d.texts().stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("synthetic")).count(),
                "one synthetic-data mark: " + d.texts());
        assertTrue(darkPixels(d.image(), d.legend()) > 200, "legend text drawn");
        assertTrue(darkPixels(d.image(), d.caption()) > 500, "caption text drawn");
        assertTrue(d.legend().y + d.legend().height <= d.map().height, "legend inside the map");
    }

    @Test
    void zoomedFigureRingsTheSelectionAndNamesTheNoise() {
        int id = ranking.rows().get(4).clusterId();
        FigureContent c = content(id);
        int slot = c.shapes().slotOf(id);
        double[] box = {c.shapes().minX(slot), c.shapes().minY(slot), c.shapes().maxX(slot), c.shapes().maxY(slot)};
        MapFrame f = MapFrame.around(box, 800, MapFigure.mapHeight(c, 800, 600));
        MapFigure.Drawn d = new MapFigure(TileRenderer.bundled()).render(c, f, 800, 600);
        assertTrue(d.texts().contains(MapLegendFigure.RING));
        assertTrue(f.zoom() < ClusterMarks.NOISE_ZOOM || d.texts().contains(MapLegendFigure.NOISE));
        assertTrue(d.texts().contains(ClusterMarks.label(ranking.rows().get(4))));
    }

    /** Pixels much darker than the legend's and band's white background: text and symbols. */
    static int darkPixels(BufferedImage img, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height && y < img.getHeight(); y++) {
            for (int x = r.x; x < r.x + r.width && x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 110) {
                    n++;
                }
            }
        }
        return n;
    }
}
