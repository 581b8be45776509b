package org.clusteratlas.ui.explorer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.shape.Polyline;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.rank.ClusterRow;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The ranking table's profile columns: a sparkline of the yearly score, growth of the score, of patents and
 * of publications, and the international share, read from the {@link ProfilesModel} (blank until computed).
 * Sorting works on the values; the columns refresh when the profiles arrive. {@link RankingTable} adds them
 * to its column chooser like its own columns.
 */
final class ProfileColumnsFx {
    private static final double SPARK_W = 64;
    private static final double SPARK_H = 14;

    private final ProfilesModel profiles;
    private final ExplorerModel model;

    private ProfileColumnsFx(ProfilesModel profiles, ExplorerModel model) {
        this.profiles = profiles;
        this.model = model;
    }

    /** The columns (not yet added to a table; its owner refreshes them when the profiles arrive). */
    static List<TableColumn<ClusterRow, ?>> columns(ProfilesModel profiles, ExplorerModel model) {
        ProfileColumnsFx c = new ProfileColumnsFx(profiles, model);
        String growth = "average annual growth, exp(slope of ln yearly count on year) - 1, over the selected years"
                + " with output";
        List<TableColumn<ClusterRow, ?>> columns = List.of(c.sparkline(),
                c.number("Growth", "Score growth", "growth-score", "The score's " + growth,
                        p -> p.growthScore(), "%+.1f%%", 100),
                c.number("Growth pat.", "Patent growth", "growth-patents", "Patents' " + growth,
                        p -> p.growthPatents(), "%+.1f%%", 100),
                c.number("Growth pub.", "Publication growth", "growth-publications", "Publications' " + growth,
                        p -> p.growthPublications(), "%+.1f%%", 100),
                c.number("Intl. %", "Intl. %", "international-share", "Part of the cluster's"
                        + " output from documents located in two or more countries, in percent",
                        p -> p.internationalShare(), "%.1f", 100));
        return columns;
    }

    /** The profile of a row of the shown result, or null while the profiles are computed. */
    private ClusterProfile of(ClusterRow r) {
        ClusterProfiles p = profiles.getProfiles();
        ExplorerResult res = model.getResult();
        if (p == null || res == null || p.clustering() != res.ranking().clustering()) {
            return null;
        }
        return p.of(r.clusterId());
    }

    private TableColumn<ClusterRow, Double> number(String shortTitle, String fullTitle, String id, String tip,
                                                   ToDoubleFunction<ClusterProfile> f, String format, double factor) {
        TableColumn<ClusterRow, Double> c = new TableColumn<>();
        c.setGraphic(RankingTable.header(shortTitle, fullTitle, tip));
        c.setId("column-" + id);
        Function<ClusterRow, Double> value = r -> {
            ClusterProfile p = of(r);
            return p == null ? null : factor * f.applyAsDouble(p);
        };
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
        c.setPrefWidth(78);
        c.getStyleClass().add("numeric");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.isNaN() ? "\u2013" : String.format(Locale.ROOT, format, v));
            }
        });
        return c;
    }

    /** The cluster's yearly score as a small line; sorts by the score's growth. */
    private TableColumn<ClusterRow, ClusterProfile> sparkline() {
        TableColumn<ClusterRow, ClusterProfile> c = new TableColumn<>();
        c.setGraphic(RankingTable.header("Trend", "Trend", "The cluster's yearly score over the selected years;"
                + " sorts by the score's growth"));
        c.setId("column-trend");
        c.setPrefWidth(SPARK_W + 14);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(of(d.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.comparingDouble(
                p -> Double.isNaN(p.growthScore()) ? Double.NEGATIVE_INFINITY : p.growthScore())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Polyline line = new Polyline();

            {
                line.getStyleClass().add("sparkline");
            }

            @Override
            protected void updateItem(ClusterProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                if (empty || p == null || p.scorePerYear().length < 2) {
                    setGraphic(null);
                    return;
                }
                line.getPoints().setAll(points(p.scorePerYear()));
                setGraphic(line);
            }
        });
        return c;
    }

    /** Polyline points of a series scaled into the sparkline's box (top = the series' maximum). */
    static List<Double> points(double[] series) {
        double max = 0;
        for (double v : series) {
            max = Math.max(max, v);
        }
        Double[] out = new Double[2 * series.length];
        for (int i = 0; i < series.length; i++) {
            out[2 * i] = SPARK_W * i / (series.length - 1);
            out[2 * i + 1] = max > 0 ? SPARK_H * (1 - series[i] / max) : SPARK_H;
        }
        return List.of(out);
    }
}
