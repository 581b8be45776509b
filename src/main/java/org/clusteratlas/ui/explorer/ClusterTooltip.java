package org.clusteratlas.ui.explorer;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.clusteratlas.rank.ClusterRow;

import java.util.Locale;

/**
 * The hover tooltip of the {@link ClusterLayer}: one unmanaged label (id {@code cluster-tooltip}, styled by
 * the {@code map-tooltip} class) that names the hovered cluster with its rank, economies, counts and score,
 * placed beside the pointer and flipped to the other side where it would leave the map. Kept apart from the
 * layer so that the layer only draws and this class alone decides what the tooltip says and where it sits.
 */
final class ClusterTooltip {
    private final Label label = new Label();

    ClusterTooltip() {
        label.getStyleClass().add("map-tooltip");
        label.setManaged(false);
        label.setVisible(false);
        label.setId("cluster-tooltip");
    }

    /** The label, for the layer to hold among its children. */
    Label node() {
        return label;
    }

    void hide() {
        label.setVisible(false);
    }

    /** Shows a cluster's tooltip next to a pointer at {@code p}, within a map {@code w} by {@code h}. */
    void show(ClusterRow r, Point2D p, double w, double h) {
        label.setText(String.format(Locale.ROOT, "#%d  %s%n%s%nPatents %,.0f \u00b7 Publications %,.0f%nScore %.3f",
                r.rank(), r.name(), r.economies(), r.patents(), r.publications(), r.score()));
        label.autosize();
        double tw = label.prefWidth(-1);
        double th = label.prefHeight(-1);
        double x = p.getX() + 14;
        double y = p.getY() + 14;
        if (x + tw > w) {
            x = p.getX() - tw - 8;
        }
        if (y + th > h) {
            y = p.getY() - th - 8;
        }
        label.resizeRelocate(x, y, tw, th);
        label.setVisible(true);
    }
}
