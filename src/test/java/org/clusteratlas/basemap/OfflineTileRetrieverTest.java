package org.clusteratlas.basemap;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The Gluon-facing tile source: JavaFX images identical to what the renderer drew, rendered once per tile. */
@ExtendWith(ApplicationExtension.class)
class OfflineTileRetrieverTest {
    @Test
    void tilesArriveAsOpaqueImagesWithTheRenderersPixels() throws Exception {
        OfflineTileRetriever retriever = new OfflineTileRetriever();
        CompletableFuture<Image> first = retriever.loadTile(3, 4, 3);
        assertSame(first, retriever.loadTile(3, 4, 3), "a tile is rendered once and shared");
        Image image = first.get(60, TimeUnit.SECONDS);
        assertEquals(256, image.getWidth());
        assertEquals(256, image.getHeight());
        BufferedImage expected = TileRenderer.bundled().render(3, 4, 3);
        for (int y = 0; y < 256; y += 5) {
            for (int x = 0; x < 256; x += 5) {
                assertEquals(expected.getRGB(x, y), image.getPixelReader().getArgb(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
