package org.clusteratlas.cluster;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One clustering parameter described once, as typed data (after ELKI's parameter declarations, plus the
 * reason for each default): its value type {@code T}, the text codec every writer and reader of that value
 * uses (saved views, export metadata, command lines, controls), the values it allows, and the accessor that
 * reads and writes it in {@link ClusterParameters}. The window's controls, the {@code rank} command's
 * options and saved views are all generated from {@link ParameterSpecs#ALL}, so a parameter's name, range,
 * precision and meaning cannot drift apart between them.
 *
 * <p>Text round-trips exactly: for every value {@code v} a spec allows, {@code parse(format(v))} equals
 * {@code v}. A new value type (a minimum given as a share of the total, say) is a new subclass with its own
 * codec; nothing that iterates the specs needs to change.
 *
 * @param <T> the value type
 */
public abstract class ParameterSpec<T> {
    private final String id;
    private final String label;
    private final String effect;
    private final String whyDefault;
    private final Function<ClusterParameters, T> getter;
    private final BiFunction<ClusterParameters, T, ClusterParameters> setter;

    /**
     * @param id         stable key in saved views and export metadata; the CLI option is {@code --id}
     * @param label      short human label for the window
     * @param effect     one line: what the parameter does to the result
     * @param whyDefault one line: why the default is what it is
     * @param getter     reads the value from parameters
     * @param setter     returns parameters with the value changed (the value is already checked)
     */
    ParameterSpec(String id, String label, String effect, String whyDefault, Function<ClusterParameters, T> getter,
                  BiFunction<ClusterParameters, T, ClusterParameters> setter) {
        this.id = Objects.requireNonNull(id);
        this.label = label;
        this.effect = effect;
        this.whyDefault = whyDefault;
        this.getter = getter;
        this.setter = setter;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String effect() {
        return effect;
    }

    public String whyDefault() {
        return whyDefault;
    }

    /** The command-line option, e.g. {@code --eps-km}. */
    public String cliOption() {
        return "--" + id;
    }

    /** The value in {@code p}. */
    public T get(ClusterParameters p) {
        return getter.apply(p);
    }

    /**
     * {@code p} with this parameter set to {@code value}.
     *
     * @throws IllegalArgumentException naming the parameter when the value is not allowed
     */
    public ClusterParameters with(ClusterParameters p, T value) {
        return setter.apply(p, check(value));
    }

    /** The value's text, as every saved view, export, command line and control writes it. */
    public abstract String format(T value);

    /**
     * The value of a text as {@link #format} writes it (blanks around it are ignored).
     *
     * @throws IllegalArgumentException with a one-line message starting with the parameter's id
     */
    public abstract T parse(String text);

    /**
     * The value itself when allowed (normalized: a number rounded to the spec's precision), else an
     * {@link IllegalArgumentException} whose message starts with the parameter's id.
     */
    public abstract T check(T value);

    /** Whether the value means "no restriction" (all years, both kinds...), so a command line may leave it out. */
    public boolean isEverything(T value) {
        return false;
    }

    /** The option's value placeholder in the command's help ("KM", "FROM-TO", "FIELD,..."). */
    public abstract String paramLabel();

    /** The default as the command's help shows it, with the allowed range where there is one. */
    public abstract String defaultText();

    /** The value in {@code p} as text. */
    public String text(ClusterParameters p) {
        return format(get(p));
    }

    /** {@code p} with this parameter read from text. */
    public ClusterParameters withText(ClusterParameters p, String text) {
        return with(p, parse(text));
    }

    IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException(id + ": " + why);
    }

    @Override
    public String toString() {
        return id;
    }
}
