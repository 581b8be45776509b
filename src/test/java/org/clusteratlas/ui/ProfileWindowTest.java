package org.clusteratlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profiles in the window: table columns, the details pane's figures and the View menu's partner arcs. */
@ExtendWith(ApplicationExtension.class)
class ProfileWindowTest {
    @TempDir
    static Path dir;
    static Path snapshot;

    private AtlasWindow window;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ExplorerSnapshots.write(dir, "profiles.sqlite");
    }

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, snapshot);
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    @Test
    @SuppressWarnings("unchecked")
    void profilesFollowTheResultIntoTableAndDetails(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model().getResult() != null
                && window.explorer().profiles().getProfiles() != null));
        waitForFx();
        ClusterProfiles profiles = onFx(() -> window.explorer().profiles().getProfiles());
        assertTrue(profiles.clustering() == onFx(() -> model().getResult().ranking().clustering()),
                "profiles of the shown result");
        TableView<ClusterRow> t = onFx(() -> robot.lookup("#ranking-table").queryAs(TableView.class));
        ClusterRow first = onFx(() -> t.getItems().get(0));
        double intlCell = onFx(() -> {
            TableColumn<ClusterRow, Double> intl = (TableColumn<ClusterRow, Double>) t.getColumns().stream()
                    .filter(c -> "column-international-share".equals(c.getId())).findFirst().orElseThrow();
            return intl.getCellData(first);
        });
        ClusterProfile p = profiles.of(first.clusterId());
        assertEquals(100 * p.internationalShare(), intlCell, 1e-9);

        robot.interact(() -> t.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#detail-growth").tryQuery()
                .isPresent()));
        String growth = onFx(() -> robot.lookup("#detail-growth").queryAs(Label.class).getText());
        assertTrue(growth.contains(Double.isNaN(p.growthScore()) ? "\u2013"
                : String.format(Locale.ROOT, "%+.1f%%", 100 * p.growthScore())), growth);
        int organisations = onFx(() -> robot.lookup("#details-organisations").queryAs(TableView.class).getItems().size());
        assertEquals(p.organizations().size(), organisations);
        // View › Partner Arcs, on by default
        boolean arcsOn = onFx(() -> {
            javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            javafx.scene.control.MenuItem arcs = bar.getMenus().stream().filter(m -> m.getText().equals("View"))
                    .flatMap(m -> m.getItems().stream()).filter(i -> "menu-partner-arcs".equals(i.getId()))
                    .findFirst().orElseThrow();
            return ((javafx.scene.control.CheckMenuItem) arcs).isSelected();
        });
        assertTrue(arcsOn);
    }
}
