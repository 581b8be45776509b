package org.clusteratlas.ui.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.KindsSpec;
import org.clusteratlas.cluster.NameSetSpec;
import org.clusteratlas.cluster.NumberSpec;
import org.clusteratlas.cluster.Minimum;
import org.clusteratlas.cluster.MinimumSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.cluster.YearRangeSpec;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live controls, generated from {@link ParameterSpecs#ALL}: a control per spec type (slider with a
 * number, year spinners, kind check boxes, field and country checklists) plus top N and the reference pin.
 * Every edit writes a new {@link ClusterParameters} into the model, which recomputes; a change of the
 * model's parameters (a new snapshot, an opened view) is shown back without looping.
 */
public final class ControlsPanel extends VBox {
    private final ExplorerModel model;
    private final List<NumberControl> numbers = new ArrayList<>();
    private final Map<NumberControl, MinimumSpec> minimums = new java.util.HashMap<>();
    private final Map<NumberControl, Double> shownCounts = new java.util.HashMap<>();
    private final Spinner<Integer> yearFrom = new Spinner<>();
    private final Spinner<Integer> yearTo = new Spinner<>();
    private final Map<DocumentKind, CheckBox> kinds = new EnumMap<>(DocumentKind.class);
    private CheckList fields;
    private CheckList countries;
    private final Spinner<Integer> top = new Spinner<>(1, 5000, ExplorerModel.DEFAULT_TOP, 10);
    private boolean showing;

    public ControlsPanel(ExplorerModel model) {
        this.model = model;
        getStyleClass().add("controls-panel");
        setSpacing(14);
        Label header = new Label("PARAMETERS");
        header.getStyleClass().add("panel-header");
        getChildren().add(header);
        for (ParameterSpec<?> spec : ParameterSpecs.ALL) {
            if (spec instanceof NumberSpec n) {
                getChildren().add(number(n));
            } else if (spec instanceof MinimumSpec m) {
                getChildren().add(minimum(m));
            } else if (spec instanceof YearRangeSpec y) {
                getChildren().add(years(y));
            } else if (spec instanceof KindsSpec k) {
                getChildren().add(kinds(k));
            } else if (spec instanceof NameSetSpec names) {
                getChildren().add(checkList(names));
            } else {
                throw new IllegalStateException("no control for " + spec.id());
            }
        }
        getChildren().add(topAndReset());
        // a minimum of a kind that is switched off has no effect: its control is disabled, not silently ignored
        for (NumberControl c : numbers) {
            DocumentKind k = minimums.containsKey(c) ? minimums.get(c).kind() : null;
            if (k != null && kinds.containsKey(k)) {
                c.disableProperty().bind(kinds.get(k).selectedProperty().not());
            }
        }
        model.snapshotProperty().addListener((o, a, s) -> showSnapshot(s));
        model.parameters().property().addListener((o, a, p) -> show(p));
        model.topNProperty().addListener((o, a, n) -> top.getValueFactory().setValue(n.intValue()));
        showSnapshot(model.snapshotProperty().get());
    }

    private CheckList checkList(NameSetSpec spec) {
        boolean countryList = spec == ParameterSpecs.COUNTRIES; // the long list: searchable, shown by name
        CheckList list = new CheckList("param-" + spec.id(), spec.label(), true); // both long: searchable
        if (countryList) {
            list.setDisplay(ControlsPanel::countryLabel);
            countries = list;
        } else {
            fields = list;
        }
        list.setOnChange(this::edited);
        Tooltip.install(list, tip(spec));
        return list;
    }

    /** The numeric control of a spec (tests drive its slider). */
    public NumberControl numberControl(NumberSpec spec) {
        for (NumberControl c : numbers) {
            if (c.spec() == spec) {
                return c;
            }
        }
        throw new IllegalArgumentException(spec.id());
    }

    private NumberControl number(NumberSpec spec) {
        NumberControl c = new NumberControl(spec);
        numbers.add(c);
        c.valueProperty().set(spec.get(model.getParameters()));
        c.valueProperty().addListener((o, a, b) -> edited());
        c.changingProperty().addListener((o, was, now) -> {
            if (!now) {
                model.parameters().endGesture();
            }
        });
        return c;
    }

    /**
     * A minimum's control: the slider moves a count; the field shows the minimum as it is (a count, or a share
     * such as "0.045%" with the slider at the count it gives on the filtered total) and takes either.
     */
    private NumberControl minimum(MinimumSpec spec) {
        NumberControl c = new NumberControl(spec.counts());
        numbers.add(c);
        minimums.put(c, spec);
        c.acceptShares(text -> {
            ClusterParameters p = spec.withText(model.getParameters(), text);
            if (!p.equals(model.getParameters())) {
                model.setParameters(p);
            } else {
                show(p);
            }
        });
        showMinimum(c, spec, model.getParameters());
        c.valueProperty().addListener((o, a, b) -> edited());
        return c;
    }

    /** Shows a minimum: its count on the open snapshot's filtered total, and its own text when a share. */
    private void showMinimum(NumberControl c, MinimumSpec spec, ClusterParameters p) {
        Snapshot s = model.snapshotProperty().get();
        double count = spec.counts().check(s == null ? spec.counts().defaultValue()
                : spec.count(p, s.table().weigh(p.filter())));
        shownCounts.put(c, count);
        c.valueProperty().set(count);
        c.showText(spec.text(p));
    }

    private VBox years(YearRangeSpec spec) {
        Label label = new Label(spec.label());
        label.getStyleClass().add("parameter-label");
        label.setTooltip(tip(spec));
        for (Spinner<Integer> s : List.of(yearFrom, yearTo)) {
            s.setEditable(true);
            s.setPrefWidth(100);
            s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(spec.min(), spec.max(), 2000));
        }
        yearFrom.setId("param-year-from");
        yearTo.setId("param-year-to");
        label.setLabelFor(yearFrom);
        yearFrom.valueProperty().addListener((o, a, b) -> {
            if (!showing && b != null && yearTo.getValue() != null && b > yearTo.getValue()) {
                yearTo.getValueFactory().setValue(b);
            }
            edited();
        });
        yearTo.valueProperty().addListener((o, a, b) -> {
            if (!showing && b != null && yearFrom.getValue() != null && b < yearFrom.getValue()) {
                yearFrom.getValueFactory().setValue(b);
            }
            edited();
        });
        HBox row = new HBox(6, yearFrom, new Label("to"), yearTo);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, label, row);
        box.getStyleClass().add("parameter");
        return box;
    }

    private VBox kinds(KindsSpec spec) {
        Label label = new Label(spec.label());
        label.getStyleClass().add("parameter-label");
        label.setTooltip(tip(spec));
        HBox row = new HBox(14);
        for (DocumentKind k : DocumentKind.values()) {
            CheckBox box = new CheckBox(k == DocumentKind.PATENT ? "Patents" : "Publications");
            box.setId("param-kind-" + k.code());
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, on) -> {
                if (!on && kinds.values().stream().noneMatch(CheckBox::isSelected)) {
                    box.setSelected(true); // at least one kind must count
                    return;
                }
                edited();
            });
            kinds.put(k, box);
            row.getChildren().add(box);
        }
        VBox box = new VBox(4, label, row);
        box.getStyleClass().add("parameter");
        return box;
    }

    private VBox topAndReset() {
        Label label = new Label("Clusters shown (top N)");
        label.getStyleClass().add("parameter-label");
        label.setLabelFor(top);
        top.setEditable(true);
        top.setId("param-top");
        top.setPrefWidth(100);
        top.valueProperty().addListener((o, a, n) -> {
            if (n != null && !showing) {
                model.topNProperty().set(n);
            }
        });
        Button reset = new Button("Defaults");
        reset.setId("reset-defaults");
        reset.setTooltip(new Tooltip("Every parameter back to its default"));
        reset.setOnAction(e -> model.setParameters(model.defaultParameters()));
        Button pin = new Button("Pin as reference");
        pin.setId("pin-reference");
        pin.setTooltip(new Tooltip("Rank changes (\u25b2/\u25bc/new) are shown against the ranking pinned now"));
        pin.setOnAction(e -> model.pinReference());
        Button unpin = new Button("Unpin");
        unpin.setId("unpin-reference");
        unpin.setOnAction(e -> model.compare().referenceProperty().set(null));
        unpin.disableProperty().bind(model.compare().referenceProperty().isNull());
        HBox row = new HBox(6, top);
        HBox buttons = new HBox(6, reset, pin, unpin);
        VBox box = new VBox(6, label, row, buttons);
        box.getStyleClass().add("parameter");
        return box;
    }

    private static Tooltip tip(ParameterSpec<?> spec) {
        Tooltip t = new Tooltip(spec.effect() + "\n\nDefault: " + spec.whyDefault());
        t.setWrapText(true);
        t.setMaxWidth(380);
        return t;
    }

    /** "Germany (DE)": ISO codes alone are hard to find in a list of 200. */
    static String countryLabel(String code) {
        String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }

    private void showSnapshot(Snapshot s) {
        showing = true;
        try {
            LocationTable t = s == null ? null : s.table();
            fields.setItems(t == null ? List.of() : org.clusteratlas.snapshot.FieldOrder.sorted(t.fields()), null);
            countries.setItems(t == null ? List.of() : t.countries().stream()
                    .sorted(java.util.Comparator.comparing(ControlsPanel::countryLabel)).toList(), null);
            YearRange years = YearRange.of(t);
            if (!years.isAll()) { // the spinners offer the snapshot's own years
                for (Spinner<Integer> sp : List.of(yearFrom, yearTo)) {
                    sp.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(years.from(), years.to(),
                            sp == yearFrom ? years.from() : years.to()));
                }
            }
        } finally {
            showing = false;
        }
        show(model.getParameters());
    }

    /** Shows the model's parameters in the controls. */
    private void show(ClusterParameters p) {
        showing = true;
        try {
            for (NumberControl c : numbers) {
                MinimumSpec m = minimums.get(c);
                if (m == null) {
                    c.valueProperty().set(c.spec().get(p));
                } else {
                    showMinimum(c, m, p);
                }
            }
            WeightFilter f = p.filter();
            LocationTable t = model.snapshotProperty().get() == null ? null : model.snapshotProperty().get().table();
            if (t != null) {
                yearFrom.getValueFactory().setValue(Math.max(t.minYear(), Math.min(t.maxYear(), f.yearFrom())));
                yearTo.getValueFactory().setValue(Math.max(t.minYear(), Math.min(t.maxYear(), f.yearTo())));
            }
            kinds.forEach((k, box) -> box.setSelected(f.kinds().contains(k)));
            fields.check(f.fields());
            countries.check(f.countries());
        } finally {
            showing = false;
        }
    }

    private static Set<String> orLast(Set<String> checked, Set<String> last) {
        return checked != null && checked.isEmpty() ? last : checked;
    }

    /** Reads every control into new parameters (a control's own invalid state never reaches the model). */
    private void edited() {
        if (showing) {
            return;
        }
        ClusterParameters p = model.getParameters();
        try {
            for (NumberControl c : numbers) {
                MinimumSpec m = minimums.get(c);
                double v = c.valueProperty().get();
                if (m == null) {
                    p = c.spec().with(p, v);
                } else if (v != shownCounts.getOrDefault(c, Double.NaN)) { // moved: a count; else kept as given
                    p = m.with(p, Minimum.count(v));
                }
            }
            // years as the user set them: "2019-2023" in pins, exports, views and commands, never "2019-all"
            int from = yearFrom.getValue() == null ? Integer.MIN_VALUE : yearFrom.getValue();
            int to = yearTo.getValue() == null ? Integer.MAX_VALUE : yearTo.getValue();
            if (from > to) {
                return;
            }
            Set<DocumentKind> ks = EnumSet.noneOf(DocumentKind.class);
            kinds.forEach((k, box) -> {
                if (box.isSelected()) {
                    ks.add(k);
                }
            });
            // a list with nothing checked is no value (NameSetSpec): it keeps its last choice, the rest applies
            WeightFilter before = model.getParameters().filter();
            p = p.withFilter(new WeightFilter(from, to, ks, orLast(fields.selection(), before.fields()),
                    orLast(countries.selection(), before.countries())));
        } catch (IllegalArgumentException e) {
            return;
        }
        if (!p.equals(model.getParameters())) {
            model.parameters().set(p, numbers.stream().anyMatch(c -> c.changingProperty().get()));
        }
    }
}
