package org.clusteratlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheRequestedSizeWithLegendAndParametersDrawn() throws Exception {
        Path snapshot = SmallWorld.write(dir.resolve("small.sqlite"));
        Path png = dir.resolve("map.png");
        CliRun r = CliRun.run("map", "--snapshot", snapshot.toString(), "--eps-km", "10", "--min-patents", "3",
                "--min-publications", "3", "--out", png.toString(), "--size", "900x600", "--zoom-to", "tokyo");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue(r.err().contains("3 clusters, all shown") && r.err().contains("Radius 10 km"), r.err());
        // the caption band under the map: white with dark text
        int mapH = 599;
        while (mapH > 0 && (img.getRGB(899, mapH) & 0xffffff) == 0xffffff) {
            mapH--; // up the white band to its grey top line
        }
        assertTrue(mapH > 400 && mapH < 560, "band top at " + mapH);
        assertTrue(dark(img, 0, mapH, 900, 600) > 500, "parameters drawn");
        // the legend in the bottom-left corner of the map: a light box with dark text
        assertTrue(dark(img, 0, mapH - 200, 260, mapH) > 200, "legend drawn");
        assertEquals(0xffffff, img.getRGB(899, 599) & 0xffffff, "band background");
    }

    @Test
    void badSizeOrClusterIsUsage() throws Exception {
        Path snapshot = SmallWorld.write(dir.resolve("small.sqlite"));
        Path png = dir.resolve("map.png");
        CliRun size = CliRun.run("map", "--snapshot", snapshot.toString(), "--out", png.toString(), "--size", "big");
        assertEquals(AtlasCommand.BAD_USAGE, size.code());
        assertTrue(size.err().contains("--size must be WIDTHxHEIGHT"), size.err());
        CliRun cluster = CliRun.run("map", "--snapshot", snapshot.toString(), "--eps-km", "10", "--min-patents", "3",
                "--min-publications", "3", "--out", png.toString(), "--zoom-to", "Atlantis");
        assertEquals(AtlasCommand.BAD_USAGE, cluster.code());
        assertFalse(Files.exists(png));
    }

    private static int dark(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                if ((((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3 < 110) {
                    n++;
                }
            }
        }
        return n;
    }
}
