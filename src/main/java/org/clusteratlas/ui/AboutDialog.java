package org.clusteratlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clusteratlas.io.AppVersion;

/** Help > About: what the app is, its licence, and the credits its bundled data and libraries require. */
final class AboutDialog {
    static final String CREDITS = String.join("\n",
            "Base map: Natural Earth (public domain), naturalearthdata.com",
            "Place names and populations: GeoNames (CC BY 4.0), geonames.org",
            "Metropolitan populations: SimpleMaps World Cities (CC BY 4.0), simplemaps.com/data/world-cities",
            "Map component: Gluon Maps (GPL-3.0)",
            "Theme: AtlantaFX (MIT)");

    private AboutDialog() {
    }

    static Alert create(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Cluster Atlas");
        about.setHeaderText("Cluster Atlas " + AppVersion.current());
        Label what = new Label("Finds and ranks science-and-technology clusters from geocoded patent inventors and "
                + "scientific authors, the way WIPO's Global Innovation Index does. Works fully offline.");
        what.setWrapText(true);
        Label licence = new Label("Licence: GPL-3.0-or-later.");
        Label credits = new Label(CREDITS);
        credits.setId("about-credits");
        credits.setWrapText(true);
        VBox box = new VBox(10, what, licence, credits);
        box.getStyleClass().add("about");
        box.setPrefWidth(520);
        about.getDialogPane().setContent(box);
        return about;
    }
}
