package org.clusteratlas.ui.robustness;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.clusteratlas.robust.RankBand;

/**
 * One cluster's track in the band chart: its band from best to worst rank and its current rank, on a log scale
 * of rank across the track's width. The track is resizable (it takes the row's width left by the name and the
 * summary), so the chart fits the Robustness pane at 1366 x 768 without cutting the summary short; the marks are
 * placed in {@link #layoutChildren} from the width it gets.
 */
final class BandTrack extends Region {
    static final double PREF_WIDTH = 200;
    static final double MIN_WIDTH = 48;
    private static final double HEIGHT = 14;
    private static final double PAD = 6;

    private final RankBand band;
    private final int current;
    private final int max;
    private final Rectangle background = new Rectangle();
    private final Rectangle range = new Rectangle();
    private final Line now = new Line();

    /** @param max the worst rank of the chart, the right end of every track */
    BandTrack(RankBand band, int current, int max, String bandId) {
        this.band = band;
        this.current = current;
        this.max = max;
        background.setFill(Color.web("#f0f0f0"));
        getChildren().add(background);
        if (band.ranked()) {
            range.setArcWidth(6);
            range.setArcHeight(6);
            range.setFill(Color.hsb(210, 0.3 + 0.6 * band.presence(), 0.85));
            range.setId(bandId);
            getChildren().add(range);
        }
        now.setStrokeWidth(2);
        now.setStroke(Color.web("#c0392b"));
        getChildren().add(now);
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_WIDTH;
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT + 4;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT + 4;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return HEIGHT + 4;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        background.setX(0);
        background.setY(2);
        background.setWidth(w);
        background.setHeight(HEIGHT);
        if (band.ranked()) {
            double x0 = x(band.best(), w);
            double x1 = x(band.worst(), w);
            range.setX(x0 - 3);
            range.setY(4);
            range.setWidth(Math.max(6, x1 - x0 + 6));
            range.setHeight(HEIGHT - 4);
        }
        double c = x(current, w);
        now.setStartX(c);
        now.setEndX(c);
        now.setStartY(0);
        now.setEndY(HEIGHT + 4);
    }

    /** Log scale: the top of a ranking, where a move of a few places matters, gets most of the width. */
    private double x(int rank, double width) {
        return PAD + (width - 2 * PAD) * Math.log(rank) / Math.log(max);
    }
}
