package org.clusteratlas.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * File &gt; Import: asks for the input files and the snapshot to write, then hands an {@link ImportJob} to
 * the view model, which shows progress and opens the result. The save dialog asks before replacing a file.
 */
final class ImportMenu {
    private final Stage stage;
    private final AtlasViewModel model;

    ImportMenu(Stage stage, AtlasViewModel model) {
        this.stage = stage;
        this.model = model;
    }

    Menu menu() {
        MenuItem csv = new MenuItem("CSV of Addresses\u2026");
        csv.setId("menu-import-csv");
        csv.setOnAction(e -> importCsv());
        MenuItem patentsView = new MenuItem("PatentsView Tables\u2026");
        patentsView.setId("menu-import-patentsview");
        patentsView.setOnAction(e -> importPatentsView());
        MenuItem openAlex = new MenuItem("OpenAlex Works\u2026");
        openAlex.setId("menu-import-openalex");
        openAlex.setOnAction(e -> importOpenAlex());
        Menu menu = new Menu("Import", null, csv, patentsView, openAlex);
        menu.setId("menu-import");
        return menu;
    }

    private void importCsv() {
        Path csv = pick("CSV of addresses (doc_id, kind, year, lat, lon, ...)", "*.csv", "*.csv.gz", "*.zip");
        Path out = csv == null ? null : target(csv);
        if (out != null) {
            model.importSnapshot(csv.getFileName().toString(), ImportJob.csv(csv, out));
        }
    }

    private void importPatentsView() {
        Path patents = pick("PatentsView g_patent.tsv", "*.tsv", "*.zip", "*.gz");
        Path inventors = patents == null ? null : pick("PatentsView g_inventor_disambiguated.tsv", "*.tsv", "*.zip", "*.gz");
        Path locations = inventors == null ? null : pick("PatentsView g_location_disambiguated.tsv", "*.tsv", "*.zip", "*.gz");
        if (locations == null) {
            return;
        }
        Path cpc = pick("PatentsView g_cpc_current.tsv (optional: Cancel to import without fields)", "*.tsv", "*.zip", "*.gz");
        Path out = target(patents);
        if (out != null) {
            model.importSnapshot("PatentsView", ImportJob.patentsView(patents, inventors, locations, cpc, out));
        }
    }

    private void importOpenAlex() {
        List<Path> works = pickMany("OpenAlex works (JSON Lines)");
        List<Path> institutions = works.isEmpty() ? List.of() : pickMany("OpenAlex institutions (JSON Lines)");
        if (institutions.isEmpty()) {
            return;
        }
        Path out = target(works.get(0));
        if (out != null) {
            model.importSnapshot("OpenAlex", ImportJob.openAlex(works, institutions, out));
        }
    }

    private Path pick(String title, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(title, patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(stage);
        return f == null ? null : f.toPath();
    }

    private List<Path> pickMany(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(title, "*.jsonl", "*.gz", "*.json", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private Path target(Path input) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Write Snapshot As");
        String name = input.getFileName().toString().replaceFirst("\\.[^.]*(\\.gz)?$", "") + ".sqlite";
        chooser.setInitialFileName(name);
        if (input.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(input.toAbsolutePath().getParent().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cluster Atlas snapshot", "*.sqlite"));
        File f = chooser.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }
}
