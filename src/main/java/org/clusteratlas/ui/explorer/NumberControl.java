package org.clusteratlas.ui.explorer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusteratlas.cluster.NumberSpec;

/**
 * A slider with an editable number for one numeric {@link NumberSpec}: on a logarithmic scale when the
 * spec says so (minimum weights span 1 to 100,000), linear otherwise. The slider follows the drag live; the
 * text field commits on Enter or when it loses focus, and shows the spec's range when the text is invalid.
 * Text is the spec's own codec (its precision: "5.05", never "5.050000000000001"), and the value handed on
 * is the number itself, never a number read back from text.
 */
final class NumberControl extends VBox {
    private final NumberSpec spec;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final Label reason = new Label();
    private boolean syncing;
    private java.util.function.Consumer<String> shares;

    NumberControl(NumberSpec spec) {
        this.spec = spec;
        getStyleClass().add("parameter");
        setId("param-" + spec.id());
        Label label = new Label(spec.label() + (spec.unit().isEmpty() || spec.unit().equals("documents") ? ""
                : " (" + spec.unit() + ")"));
        label.getStyleClass().add("parameter-label");
        label.setLabelFor(slider);
        Tooltip tip = new Tooltip(spec.effect() + "\n\nDefault: " + spec.whyDefault());
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        label.setTooltip(tip);
        slider.setTooltip(tip);
        slider.setId("slider-" + spec.id());
        slider.setMin(toSlider(spec.min()));
        slider.setMax(toSlider(spec.max()));
        slider.setBlockIncrement((slider.getMax() - slider.getMin()) / 50);
        slider.setShowTickMarks(false);
        field.setId("field-" + spec.id());
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setTooltip(new Tooltip(spec.label() + ": " + spec.format(spec.min()) + " to "
                + spec.format(spec.max()) + (spec.unit().isEmpty() ? "" : " " + spec.unit())));
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox row = new HBox(8, slider, field);
        row.setAlignment(Pos.CENTER_LEFT);
        // an invalid value's reason, in words, right under the label (not only on hover)
        reason.getStyleClass().add("invalid-reason");
        reason.setId("reason-" + spec.id());
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setVisible(false);
        getChildren().addAll(label, reason, row);
        setSpacing(4);

        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                set(spec.round(round(fromSlider(b.doubleValue()))), true);
            }
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(spec.format(value.get()));
            }
        });
        value.addListener((o, a, b) -> show(b.doubleValue()));
    }

    NumberSpec spec() {
        return spec;
    }

    Slider slider() {
        return slider;
    }

    TextField field() {
        return field;
    }

    /**
     * Lets the text field take a share ("0.05%") as well as a number: a text ending in "%" goes to
     * {@code shareText} as it is (it throws {@link IllegalArgumentException} when invalid), which keeps it as
     * a share and shows it back with {@link #showText}.
     */
    void acceptShares(java.util.function.Consumer<String> shareText) {
        this.shares = shareText;
        field.setTooltip(new Tooltip(spec.label() + ": " + spec.format(spec.min()) + " to "
                + spec.format(spec.max()) + (spec.unit().isEmpty() ? "" : " " + spec.unit())
                + ", or a share of the filtered total such as 0.05%"));
    }

    /** Shows {@code text} in the field in place of the value's own (a share the value was resolved from). */
    void showText(String text) {
        if (!field.isFocused() || !field.getText().trim().equals(text)) {
            field.setText(text);
        }
    }

    /** True while the slider is dragged: its positions form one undo step. */
    javafx.beans.property.ReadOnlyBooleanProperty changingProperty() {
        return slider.valueChangingProperty();
    }

    /** The control's value; set it to show a value without a loop back. */
    DoubleProperty valueProperty() {
        return value;
    }

    private void commitText() {
        String t = field.getText().trim().replace(',', '.');
        try {
            if (shares != null && t.endsWith("%")) {
                shares.accept(t);
                valid();
                return;
            }
            double v = spec.parse(t);
            valid();
            set(v, false);
        } catch (IllegalArgumentException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            reason.setText(t.isEmpty() ? "Enter a number" : e instanceof NumberFormatException
                    ? "\u201c" + t + "\u201d is not a number" : readable(e.getMessage()));
            reason.setVisible(true);
        }
    }

    private void set(double v, boolean fromSlider) {
        double clamped = Math.max(spec.min(), Math.min(spec.max(), v));
        if (fromSlider) {
            syncing = true;
            try {
                field.setText(spec.format(clamped));
            } finally {
                syncing = false;
            }
        }
        value.set(clamped);
    }

    private void show(double v) {
        syncing = true;
        try {
            slider.setValue(toSlider(v));
            if (!field.isFocused() || !field.getText().trim().equals(spec.format(v))) {
                field.setText(spec.format(v));
            }
            valid();
        } finally {
            syncing = false;
        }
    }

    private void valid() {
        field.getStyleClass().remove("invalid");
        reason.setVisible(false);
    }

    /** The message with the parameter's label instead of its id ("Radius: ..." not "eps-km: ..."). */
    private String readable(String message) {
        String m = message == null ? "" : message;
        return m.startsWith(spec.id()) ? spec.label() + m.substring(spec.id().length()) : m;
    }

    /** The reason shown under the label, or null when the value is valid (tests). */
    String invalidReason() {
        return reason.isVisible() ? reason.getText() : null;
    }

    private double toSlider(double v) {
        return spec.logScale() ? Math.log10(v) : v;
    }

    private double fromSlider(double s) {
        return spec.logScale() ? Math.pow(10, s) : s;
    }

    /** Slider values to a readable precision: 2-3 significant digits (12.5 km, 40, 1,300). */
    static double round(double v) {
        if (v <= 0) {
            return v;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        double step = v < 10 ? mag / 2 : mag;
        return Math.round(v / step) * step;
    }
}
