package org.clusteratlas.basemap;

import java.awt.Color;

/**
 * The base map's calm palette: light sea, warm-grey land and thin, low-contrast lines, so that the
 * coloured cluster layers drawn on top stand out. One place to tune the look.
 */
public final class MapStyle {
    public static final Color SEA = new Color(0xD9E6EE);
    public static final Color LAND = new Color(0xF1EEE8);
    public static final Color URBAN = new Color(0xE6DED2);
    public static final Color COAST = new Color(0xA9BDCB);
    public static final Color COUNTRY_BORDER = new Color(0xB0A79C);
    public static final Color STATE_BORDER = new Color(0xD5CEC4);
    public static final Color PLACE_DOT = new Color(0x8C857C);
    public static final Color LABEL = new Color(0x57524C);
    public static final Color LABEL_HALO = new Color(0xF1EEE8);

    /** Zoom from which state and province borders are drawn. */
    public static final int STATES_FROM_ZOOM = 4;
    /** Zoom from which urban areas are drawn. */
    public static final int URBAN_FROM_ZOOM = 4;
    /** Zoom from which place labels are drawn. */
    public static final int LABELS_FROM_ZOOM = 4;

    private MapStyle() {
    }

    /** Smallest population labelled at a zoom level (GeoNames population of the place proper). */
    public static long minLabelPopulation(int zoom) {
        if (zoom < LABELS_FROM_ZOOM) {
            return Long.MAX_VALUE;
        }
        return switch (zoom) {
            case 4 -> 3_000_000L;
            case 5 -> 1_000_000L;
            case 6 -> 500_000L;
            case 7 -> 200_000L;
            case 8 -> 80_000L;
            case 9 -> 30_000L;
            default -> 0L;
        };
    }

    public static float coastWidth(int zoom) {
        return zoom < 3 ? 0.6f : zoom < 6 ? 0.8f : 1.0f;
    }

    public static float borderWidth(int zoom) {
        return zoom < 3 ? 0.6f : zoom < 6 ? 0.9f : 1.3f;
    }

    public static float stateWidth(int zoom) {
        return zoom < 6 ? 0.5f : 0.8f;
    }
}
