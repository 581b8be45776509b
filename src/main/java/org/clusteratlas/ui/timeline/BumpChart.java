package org.clusteratlas.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.clusteratlas.timeline.WindowEvent;
import org.clusteratlas.timeline.WindowRanking;
import org.clusteratlas.timeline.WindowSeries;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A bump chart: one line per cluster key reaching the top N in some window, its rank (1 at the top) in
 * each window, the selected key drawn thick, merges marked by a diamond and splits by a triangle at the
 * window where they happen. Ranks below N sit on a dashed "below" line. A click on a point selects its
 * key; a click elsewhere in a window's column hands that window to {@link #setOnWindow}. Drawn on a canvas
 * that follows the region's size.
 */
final class BumpChart extends Region {
    private static final double LEFT = 44;
    /** Room for the names right of the last window: up to 190 px, at most a third of the width. */
    private double right() {
        return Math.min(190, canvas.getWidth() / 3);
    }
    private static final double TOP = 28;
    private static final double BOTTOM = 22;
    private static final Color GRID = Color.gray(0.85);
    private static final Color TEXT = Color.gray(0.2);

    private final Canvas canvas = new Canvas();
    private WindowSeries series;
    private int topN = 10;
    private String selected;
    private int window = -1;
    private List<String> keys = List.of();
    private IntConsumer onWindow = i -> { };
    private Consumer<String> onKey = k -> { };

    BumpChart() {
        getChildren().add(canvas);
        getStyleClass().add("bump-chart");
        setMinSize(300, 160);
        setPrefSize(640, 300);
        canvas.setOnMouseClicked(e -> click(e.getX(), e.getY()));
    }

    void setOnWindow(IntConsumer action) {
        onWindow = action;
    }

    void setOnKey(Consumer<String> action) {
        onKey = action;
    }

    void show(WindowSeries s, int n, String selectedKey, int appliedWindow) {
        series = s;
        topN = Math.max(1, n);
        selected = selectedKey;
        window = appliedWindow;
        keys = s == null ? List.of() : s.topKeys(topN);
        draw();
    }

    /** The keys drawn, best first. */
    List<String> keys() {
        return keys;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double x(int i) {
        int n = series.size();
        double w = canvas.getWidth() - LEFT - right();
        return n == 1 ? LEFT + w / 2 : LEFT + i * w / (n - 1);
    }

    /** y of a rank; ranks past N (and 0, absent) are not drawn on the scale. */
    private double y(int rank) {
        double h = canvas.getHeight() - TOP - BOTTOM;
        return TOP + (Math.min(rank, topN + 1) - 1) * h / topN;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (series == null || series.size() == 0) {
            return;
        }
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (int r = 1; r <= topN + 1; r++) {
            g.setStroke(GRID);
            g.setLineDashes(r > topN ? new double[] {4, 4} : null);
            g.strokeLine(LEFT, y(r), canvas.getWidth() - right(), y(r));
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.RIGHT);
            if (r <= topN && (topN <= 20 || r % 5 == 0 || r == 1)) {
                g.fillText(Integer.toString(r), LEFT - 8, y(r));
            } else if (r > topN) {
                g.fillText("below", LEFT - 8, y(r));
            }
        }
        g.setLineDashes(null);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < series.size(); i++) {
            boolean applied = i == window;
            g.setFont(Font.font(null, applied ? FontWeight.BOLD : FontWeight.NORMAL, 11));
            g.setFill(applied ? Color.web("#1f5fbf") : TEXT);
            g.fillText(label(series.window(i).window()), x(i), TOP / 2);
            if (applied) {
                g.setStroke(Color.web("#1f5fbf", 0.35));
                g.setLineWidth(8);
                g.strokeLine(x(i), TOP, x(i), canvas.getHeight() - BOTTOM);
            }
        }
        g.setFont(Font.font(11));
        for (int k = keys.size() - 1; k >= 0; k--) {
            if (!keys.get(k).equals(selected)) {
                line(g, keys.get(k), k, false);
            }
        }
        if (selected != null && keys.contains(selected)) {
            line(g, selected, keys.indexOf(selected), true);
        }
        g.setFill(TEXT);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("\u25C6 merge   \u25B2 split   rank change vs the previous window", LEFT,
                canvas.getHeight() - BOTTOM / 2);
    }

    /** "2014-2018", or "14-18" when the windows stand closer than the full label needs. */
    private String label(org.clusteratlas.timeline.YearWindow w) {
        boolean tight = series.size() > 1 && x(1) - x(0) < 64;
        return tight ? String.format(java.util.Locale.ROOT, "%02d-%02d", w.from() % 100, w.to() % 100) : w.label();
    }

    static Color colour(int k) {
        return Color.hsb((k * 137.508) % 360, 0.65, 0.72);
    }

    private void line(GraphicsContext g, String key, int k, boolean bold) {
        int[] ranks = series.ranks(key);
        Color c = colour(k);
        if (selected != null && !bold) {
            c = c.deriveColor(0, 0.5, 1.15, 0.55);
        }
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(bold ? 4 : 1.8);
        int last = -1;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == 0) {
                last = -1;
                continue;
            }
            if (last >= 0) {
                g.strokeLine(x(last), y(ranks[last]), x(i), y(ranks[i]));
            }
            double r = bold ? 5 : 3.5;
            g.fillOval(x(i) - r, y(ranks[i]) - r, 2 * r, 2 * r);
            last = i;
        }
        for (int i = 0; i < ranks.length; i++) {
            WindowRanking w = series.window(i);
            if (ranks[i] > 0 && involved(w.merges(), key)) {
                marker(g, x(i), y(ranks[i]), true);
            }
            if (i > 0 && ranks[i - 1] > 0 && involved(w.splits(), key)) {
                marker(g, x(i), ranks[i] > 0 ? y(ranks[i]) : y(ranks[i - 1]), false);
            }
        }
        int end = ranks.length - 1;
        while (end >= 0 && ranks[end] == 0) {
            end--;
        }
        if (end >= 0 && ranks[end] <= topN) {
            g.setFill(bold ? Color.BLACK : TEXT);
            g.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, 11));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(ranks[end] + " " + series.firstName(key), x(end) + 10, y(ranks[end]));
        }
    }

    private static boolean involved(List<WindowEvent> events, String key) {
        for (WindowEvent e : events) {
            if (e.key().equals(key) || e.with().contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static void marker(GraphicsContext g, double x, double y, boolean diamond) {
        double s = 7;
        double[] xs = diamond ? new double[] {x, x + s, x, x - s} : new double[] {x, x + s, x - s};
        double[] ys = diamond ? new double[] {y - s, y, y + s, y} : new double[] {y - s, y + s * 0.8, y + s * 0.8};
        g.setFill(Color.WHITE);
        g.fillPolygon(xs, ys, xs.length);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, xs.length);
    }

    private void click(double px, double py) {
        if (series == null || series.size() == 0) {
            return;
        }
        for (String key : keys) {
            int[] ranks = series.ranks(key);
            for (int i = 0; i < ranks.length; i++) {
                if (ranks[i] > 0 && ranks[i] <= topN && Math.hypot(px - x(i), py - y(ranks[i])) <= 7) {
                    onKey.accept(key);
                    return;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < series.size(); i++) {
            if (Math.abs(px - x(i)) < Math.abs(px - x(best))) {
                best = i;
            }
        }
        onWindow.accept(best);
    }
}
