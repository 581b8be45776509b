package org.clusteratlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop window. */
public class AtlasApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Cluster Atlas");
        stage.setScene(new Scene(new Label("Cluster Atlas"), 800, 600));
        stage.show();
    }
}
