package org.clusteratlas.basemap;

import com.gluonhq.maps.tile.TileRetriever;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gluon Maps' tile source, registered in {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever} so
 * that Gluon never falls back to its OpenStreetMap downloader: every tile is drawn locally by
 * {@link TileRenderer} from the bundled Natural Earth data. The app never needs a network.
 *
 * <p>Tiles render on two daemon threads, newest request first (the tiles of the current view come before
 * those the user has already panned away from), and the last {@value #CACHE_TILES} tiles are kept in an
 * LRU cache; a tile requested twice while rendering is rendered once.
 */
public final class OfflineTileRetriever implements TileRetriever {
    static final int CACHE_TILES = 192;
    private static final int THREADS = 2;

    private static final ThreadPoolExecutor EXECUTOR = executor();
    private static final Map<Long, CompletableFuture<Image>> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<Image>> eldest) {
            return size() > CACHE_TILES;
        }
    };
    private static final AtomicLong RENDERED = new AtomicLong();
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(OfflineTileRetriever.class.getName());
    private static volatile TileRenderer renderer;

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public OfflineTileRetriever() {
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        long key = ((long) zoom << 58) | ((i & 0x1FFFFFFFL) << 29) | (j & 0x1FFFFFFFL);
        synchronized (CACHE) {
            CompletableFuture<Image> f = CACHE.get(key);
            if (f != null && !f.isCompletedExceptionally()) {
                return f;
            }
            CompletableFuture<Image> created = CompletableFuture.supplyAsync(() -> toImage(renderer().render(zoom, i, j)),
                    EXECUTOR);
            CACHE.put(key, created);
            return created;
        }
    }

    /** Starts loading the map data in the background so the first tiles come quickly. */
    public static void preload() {
        EXECUTOR.execute(OfflineTileRetriever::renderer);
    }

    /** Number of tiles rendered so far (for tests and diagnostics). */
    public static long renderedTiles() {
        return RENDERED.get();
    }

    private static TileRenderer renderer() {
        TileRenderer r = renderer;
        if (r == null) {
            synchronized (OfflineTileRetriever.class) {
                r = renderer;
                if (r == null) {
                    long t0 = System.nanoTime();
                    r = TileRenderer.bundled();
                    renderer = r;
                    LOG.info(() -> String.format("base map data loaded in %d ms", (System.nanoTime() - t0) / 1_000_000));
                }
            }
        }
        return r;
    }

    /** Wraps the renderer's premultiplied ARGB pixels into a JavaFX image (safe off the FX thread). */
    static Image toImage(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        RENDERED.incrementAndGet();
        return out;
    }

    private static ThreadPoolExecutor executor() {
        AtomicInteger n = new AtomicInteger();
        LinkedBlockingDeque<Runnable> lifo = new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable r) {
                return offerFirst(r);
            }
        };
        @SuppressWarnings("unchecked")
        java.util.concurrent.BlockingQueue<Runnable> queue = (java.util.concurrent.BlockingQueue<Runnable>) (Object) lifo;
        return new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, queue, r -> {
            Thread t = new Thread(r, "basemap-tiles-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }
}
