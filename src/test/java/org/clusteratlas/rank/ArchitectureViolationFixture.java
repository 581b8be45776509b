package org.clusteratlas.rank;

/**
 * A deliberate layering violation (a core class touching JavaFX), used only to prove that the
 * architecture rules can fail. Test code; never on the app's class path.
 */
final class ArchitectureViolationFixture {
    private final javafx.beans.property.SimpleStringProperty name = new javafx.beans.property.SimpleStringProperty();

    String name() {
        return name.get();
    }
}
