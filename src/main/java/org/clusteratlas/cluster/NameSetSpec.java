package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.SnapshotContract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A set of names the snapshot holds (fields, countries), null for all; text the names in sorted order as
 * {@link ListText} writes them, or {@code all}. An empty set is not a value: with no field (or country)
 * nothing would count, so the text cannot say it and the window's lists keep at least one name checked.
 * Names are normalized and checked by the snapshot contract (country codes upper case, ISO-2).
 */
public final class NameSetSpec extends ParameterSpec<Set<String>> {
    private final String placeholder;
    private final UnaryOperator<String> normalize;
    private final UnaryOperator<String> problem;

    NameSetSpec(String id, String label, String placeholder, UnaryOperator<String> normalize,
                UnaryOperator<String> problem, String effect, String whyDefault,
                Function<ClusterParameters, Set<String>> getter,
                BiFunction<ClusterParameters, Set<String>, ClusterParameters> setter) {
        super(id, label, effect, whyDefault, getter, setter);
        this.placeholder = placeholder;
        this.normalize = normalize;
        this.problem = problem;
    }

    @Override
    public Set<String> check(Set<String> names) {
        if (names == null) {
            return null;
        }
        if (names.isEmpty()) {
            throw invalid("an empty list would count nothing; give at least one name, or all");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String v = normalize.apply(n);
            String why = v == null ? "a blank name" : problem.apply(v);
            if (why != null) {
                throw invalid(why);
            }
            out.add(v);
        }
        return Set.copyOf(out);
    }

    @Override
    public boolean isEverything(Set<String> names) {
        return names == null;
    }

    @Override
    public String format(Set<String> names) {
        return names == null ? ListText.ALL : ListText.join(new TreeSet<>(names));
    }

    @Override
    public Set<String> parse(String text) {
        if (ListText.isAll(text)) {
            return null;
        }
        return check(new LinkedHashSet<>(ListText.split(text)));
    }

    @Override
    public String paramLabel() {
        return placeholder;
    }

    @Override
    public String defaultText() {
        return "all";
    }

    /** A field name as the snapshot stores it. */
    static NameSetSpec fields(String id, String label, String effect, String whyDefault,
                              Function<ClusterParameters, Set<String>> getter,
                              BiFunction<ClusterParameters, Set<String>, ClusterParameters> setter) {
        return new NameSetSpec(id, label, "FIELD,...", SnapshotContract::field, SnapshotContract::fieldProblem,
                effect, whyDefault, getter, setter);
    }

    /** An ISO-2 country code, any case on input. */
    static NameSetSpec countries(String id, String label, String effect, String whyDefault,
                                 Function<ClusterParameters, Set<String>> getter,
                                 BiFunction<ClusterParameters, Set<String>, ClusterParameters> setter) {
        return new NameSetSpec(id, label, "CC,...", SnapshotContract::country, SnapshotContract::countryProblem,
                effect, whyDefault, getter, setter);
    }
}
