package org.clusteratlas.ui.explorer;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cached widths the ranking's columns fit to are those of laying each text out afresh, in its font. */
@ExtendWith(ApplicationExtension.class)
class TextWidthsTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void widthsAreThoseOfAFreshLayoutAlsoAfterTheCacheStartsOver() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                Font bold = Font.font("System", FontWeight.BOLD, 12);
                TextWidths widths = new TextWidths(bold);
                for (int i = 0; i < 25_000; i += 7) { // past the cache's size: it starts over on the way
                    String s = i % 3 == 0 ? "Tokyo\u2013Yokohama " + i : String.format("%,d", i * 1013L);
                    Text fresh = new Text(s);
                    fresh.setFont(bold);
                    assertEquals(fresh.getLayoutBounds().getWidth(), widths.of(s), 0.0, s);
                    assertEquals(widths.of(s), widths.of(s), 0.0, "asked twice: " + s);
                }
                Text plain = new Text("Shenzhen\u2013Hong Kong\u2013Guangzhou");
                plain.setFont(Font.font("System", 12));
                assertTrue(widths.of(plain.getText()) > plain.getLayoutBounds().getWidth(),
                        "the bold font's widths, not the plain one's");
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get();
    }
}
