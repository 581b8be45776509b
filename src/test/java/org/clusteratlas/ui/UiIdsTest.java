package org.clusteratlas.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.clusteratlas.ui.explorer.ExplorerSnapshots;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/ui-ids.md is the list of the window's stable node ids: every control, table, tab, menu item and
 * panel a user acts on has an id listed there, and every fixed id listed there exists in the window.
 */
@ExtendWith(ApplicationExtension.class)
class UiIdsTest {
    /** A table row of docs/ui-ids.md: {@code | `id` | meaning |}; {n}, {spec} etc. stand for a part. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");

    @TempDir
    static Path dir;
    static Path snapshot;
    private AtlasWindow window;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ExplorerSnapshots.write(dir, "ids.sqlite");
    }

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, snapshot);
    }

    static Path doc() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("docs/ui-ids.md");
            if (Files.isRegularFile(d)) {
                return d;
            }
        }
        throw new IllegalStateException("docs/ui-ids.md not found");
    }

    /** The listed ids; {@code always}: only those of the sections before "Shown in some states only". */
    private static List<String> documented(boolean always) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(doc())) {
            if (always && line.startsWith("## Shown in some states")) {
                break;
            }
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static boolean listed(List<String> documented, String id) {
        for (String d : documented) {
            if (d.equals(id) || (d.contains("{") && id.matches(
                    Pattern.quote(d).replaceAll("\\{[a-z-]+\\}", "\\\\E[A-Za-z0-9-]+\\\\Q")))) {
                return true;
            }
        }
        return false;
    }

    /** Ids of what a user acts on, and whether each has one ({@code null} marks a missing id). */
    private static void walk(Node n, List<String> ids, List<String> missing) {
        if (n.getId() != null) {
            ids.add(n.getId());
        }
        boolean acted = n instanceof ButtonBase || n instanceof Slider || n instanceof TextInputControl
                || n instanceof TableView || n instanceof ListView || n instanceof Spinner || n instanceof ComboBoxBase
                || n instanceof TabPane || n instanceof ProgressIndicator;
        if (acted && n.getId() == null) {
            missing.add(n.getClass().getSimpleName() + " in " + path(n));
        }
        if (n instanceof ScrollPane s) {
            if (s.getContent() != null) {
                walk(s.getContent(), ids, missing);
            }
        } else if (n instanceof TabPane t) {
            for (Tab tab : t.getTabs()) {
                if (tab.getId() == null) {
                    missing.add("Tab " + tab.getText());
                } else {
                    ids.add(tab.getId());
                }
                if (tab.getContent() != null) {
                    walk(tab.getContent(), ids, missing);
                }
            }
        } else if (n instanceof SplitPane sp) {
            sp.getItems().forEach(c -> walk(c, ids, missing));
        } else if (n instanceof Control) {
            return; // a control's skin is its own business
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, ids, missing));
        }
    }

    private static String path(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n.getParent(); p != null && b.length() < 200; p = p.getParent()) {
            b.append(p.getId() != null ? "#" + p.getId() : p.getClass().getSimpleName()).append(" < ");
        }
        return b.toString();
    }

    private static void menus(List<MenuItem> items, List<String> ids, List<String> missing) {
        for (MenuItem i : items) {
            if (i instanceof SeparatorMenuItem) {
                continue;
            }
            if (i.getId() == null) {
                missing.add("menu item " + i.getText());
            } else {
                ids.add(i.getId());
            }
            if (i instanceof Menu m) {
                menus(m.getItems(), ids, missing);
            }
        }
    }

    @Test
    void everyControlHasAListedIdAndEveryListedIdExists(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxThread.onFx(() -> window.explorer().model().getResult()
                != null));
        FxThread.waitForFx();
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        // the lower tabs make their nodes when first selected (LazyTab): open each once, as a user would
        robot.interact(() -> {
            TabPane lower = robot.lookup("#lower-tabs").queryAs(TabPane.class);
            for (int i = lower.getTabs().size() - 1; i >= 0; i--) {
                lower.getSelectionModel().select(i);
            }
        });
        FxThread.waitForFx();
        robot.interact(() -> {
            walk(window.map().getScene().getRoot(), ids, missing);
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            menus(new ArrayList<>(bar.getMenus()), ids, missing);
        });
        assertEquals(List.of(), missing, "controls without an id");
        List<String> documented = documented(false);
        Set<String> unlisted = new TreeSet<>();
        for (String id : ids) {
            if (!listed(documented, id)) {
                unlisted.add(id);
            }
        }
        assertEquals(Set.of(), unlisted, "ids in the window but not in docs/ui-ids.md");
        Set<String> absent = new TreeSet<>();
        for (String d : documented(true)) {
            if (!d.contains("{") && !ids.contains(d)) {
                absent.add(d);
            }
        }
        assertEquals(Set.of(), absent, "ids in docs/ui-ids.md that the window does not have");
        assertTrue(documented.size() > 40, documented.size() + " ids listed");
    }
}
