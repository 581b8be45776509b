package org.clusteratlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File &gt; Import: the window runs the command's importer in the background and opens what it wrote. */
@ExtendWith(ApplicationExtension.class)
class ImportFromWindowTest {
    @TempDir
    static Path dir;
    static Path first;

    private AtlasWindow window;

    @BeforeAll
    static void snapshots() throws Exception {
        first = TestSnapshots.small(dir, "first.sqlite", "First test snapshot", 40);
    }

    @Start
    void start(Stage stage) {
        window = new AtlasApp().start(stage, List.of(first.toString()));
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private void waitForDocuments(FxRobot robot, String count) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#fact-documents")
                .tryQueryAs(Label.class).map(l -> count.equals(l.getText())).orElse(false)));
    }

    private static void waitForLabel(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(id).tryQueryAs(Label.class)
                .isPresent()));
    }

    @Test
    void aCsvImportShowsProgressAndOpensTheNewSnapshot(FxRobot robot) throws Exception {
        waitForDocuments(robot, "40");
        Path csv = dir.resolve("three.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon,city\n"
                + "a,patent,2020,35.68,139.69,Tokyo\n"
                + "a,patent,2020,35.44,139.64,Yokohama\n"
                + "b,publication,2021,48.85,2.35,Paris\n"
                + "c,publication,2022,51.51,-0.13,London\n");
        Path out = dir.resolve("three.sqlite");
        List<String> statuses = new ArrayList<>();
        robot.interact(() -> {
            window.model().statusProperty().addListener((o, a, b) -> statuses.add(b));
            window.model().importSnapshot("three.csv", ImportJob.csv(csv, out));
        });
        waitForDocuments(robot, "3");
        assertTrue(Files.isRegularFile(out));
        assertEquals("4", text(robot, "#fact-addresses"));
        // Task messages are coalesced, but the importer's last progress line always reaches the status bar.
        List<String> seen = onFx(() -> List.copyOf(statuses)); // the listener adds on the FX thread
        assertTrue(seen.stream().anyMatch(s -> s != null && s.contains(" records in ")), seen.toString());
        waitForLabel(robot, "#import-report");
        assertEquals("3 documents, 4 addresses written", text(robot, "#import-report"));
    }

    @Test
    void anOpenAlexImportReportsWhatItLeftOutAndWhy(FxRobot robot) throws Exception {
        waitForDocuments(robot, "40");
        Path works = org.clusteratlas.snapshot.source.RealData.file(
                "openalex-go-sample/raw/works/updated_date=2021-11-03/part_000.gz");
        Path institutions = org.clusteratlas.snapshot.source.RealData.file(
                "openalex-go-sample/raw/institutions/updated_date=2023-09-04/part_000.gz");
        Path robotics = org.clusteratlas.snapshot.source.RealData.file("openalex-robotics/converted/institutions.jsonl");
        Path out = dir.resolve("oa.sqlite");
        robot.interact(() -> window.model().importSnapshot("OpenAlex",
                ImportJob.openAlex(List.of(works), List.of(institutions, robotics), out)));
        waitForDocuments(robot, "48");
        waitForLabel(robot, "#import-report");
        String report = text(robot, "#import-report");
        assertTrue(report.contains("48 documents"), report);
        assertTrue(report.contains("2 works of other types left out (book-chapter 1, book 1)")
                || report.contains("2 works of other types left out (book 1, book-chapter 1)"), report);
    }

    @Test
    void aBadCsvShowsTheLineAndKeepsTheOpenSnapshot(FxRobot robot) throws Exception {
        waitForDocuments(robot, "40");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\na,patent,2020,95,139.69\n");
        Path out = dir.resolve("bad.sqlite");
        robot.interact(() -> window.model().importSnapshot("bad.csv", ImportJob.csv(csv, out)));
        waitForLabel(robot, "#error-message");
        String message = text(robot, "#error-message");
        assertTrue(message.contains("bad.csv") && message.contains("2"), message);
        assertFalse(Files.exists(out), "a failed import leaves no snapshot behind");
        assertEquals("40", text(robot, "#fact-documents"));
    }

    @Test
    void theFileMenuOffersEveryImportSource(FxRobot robot) {
        List<String> sources = onFx(() -> {
            Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
            Menu imports = (Menu) file.getItems().stream().filter(i -> "menu-import".equals(i.getId())).findFirst()
                    .orElseThrow();
            return imports.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
        });
        assertEquals(List.of("CSV of Addresses\u2026", "PatentsView Tables\u2026", "OpenAlex Works\u2026"), sources);
    }
}
