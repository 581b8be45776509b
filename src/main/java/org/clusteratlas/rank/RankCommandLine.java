package org.clusteratlas.rank;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code rank} command line equivalent to a view: the window's "copy command" renders it, the
 * {@code rank} command parses the same option texts back through {@link #applyOption}, so every ranking on
 * screen can be reproduced headless. Options are generated from {@link ParameterSpecs#ALL} (option
 * {@code --id}, values in the spec's own text), never declared a second time.
 *
 * <p>Rendering quotes for a POSIX shell (single quotes); {@link #split} reads such a line back.
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class RankCommandLine {
    /** Rows printed when {@code --top} is not given. */
    public static final int DEFAULT_TOP = 100;
    /** How the jar is started from a source checkout after {@code mvn package}. */
    public static final String DEFAULT_PROGRAM = "java -jar target/cluster-atlas.jar";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private final String program;
    private final Path snapshot;
    private final ClusterParameters parameters;
    private final int top;
    private final String compareYears;
    private final String format;
    private final Map<String, String> extra;

    private RankCommandLine(String program, Path snapshot, ClusterParameters parameters, int top,
                            String compareYears, String format, Map<String, String> extra) {
        this.program = program;
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.top = top;
        this.compareYears = compareYears;
        this.format = format;
        this.extra = extra;
    }

    /** The command for a snapshot and parameters, top {@link #DEFAULT_TOP}, no reference. */
    public static RankCommandLine of(Path snapshot, ClusterParameters parameters) {
        return new RankCommandLine(DEFAULT_PROGRAM, snapshot, parameters, DEFAULT_TOP, null, null, Map.of());
    }

    /** @param top rows to print, 0 for all */
    public RankCommandLine withTop(int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must be 0 (all) or more, not " + top);
        }
        return new RankCommandLine(program, snapshot, parameters, top, compareYears, format, extra);
    }

    /** Rank changes against the same parameters on the years {@code from..to} (inclusive). */
    public RankCommandLine withCompareYears(int from, int to) {
        String text = ParameterSpecs.YEARS.format(ParameterSpecs.YEARS.check(new YearRange(from, to)));
        return new RankCommandLine(program, snapshot, parameters, top, text, format, extra);
    }

    /**
     * The same command with the open year ends resolved to {@code snapshotYears}
     * ({@link ClusterParameters#withYearsOf}): what an export records, "--years 2019-2023", never "all".
     */
    public RankCommandLine withYearsOf(YearRange snapshotYears) {
        return new RankCommandLine(program, snapshot, parameters.withYearsOf(snapshotYears), top, compareYears, format,
                extra);
    }

    /** Without a reference. */
    public RankCommandLine withoutCompare() {
        return new RankCommandLine(program, snapshot, parameters, top, null, format, extra);
    }

    /** @param format a {@code --format} id ("table", "csv", "json", "geojson"), or null for the default */
    public RankCommandLine withFormat(String format) {
        return new RankCommandLine(program, snapshot, parameters, top, compareYears, format, extra);
    }

    /** How the program is started, e.g. {@code cluster-atlas} for an installed launcher. */
    public RankCommandLine withProgram(String program) {
        return new RankCommandLine(program, snapshot, parameters, top, compareYears, format, extra);
    }

    /**
     * An extra option after the standard ones (e.g. {@code --sweep-eps 6:14:5}), value null for a flag;
     * a later value for the same option replaces the earlier one.
     */
    public RankCommandLine withOption(String option, String value) {
        if (!option.startsWith("--")) {
            throw new IllegalArgumentException("not an option: " + option);
        }
        Map<String, String> m = new LinkedHashMap<>(extra);
        m.put(option, value);
        return new RankCommandLine(program, snapshot, parameters, top, compareYears, format,
                java.util.Collections.unmodifiableMap(m));
    }

    public Path snapshot() {
        return snapshot;
    }

    public ClusterParameters parameters() {
        return parameters;
    }

    public int top() {
        return top;
    }

    /** The reference years as {@code --compare-years} takes them ("2017-2021"), or null. */
    public String compareYears() {
        return compareYears;
    }

    /** The arguments after the program, starting with {@code rank}, unquoted (for a process builder). */
    public List<String> arguments() {
        List<String> a = new ArrayList<>();
        a.add("rank");
        a.add("--snapshot");
        a.add(snapshot.toString());
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            String v = optionText(parameters, s);
            if (v != null) {
                a.add(s.cliOption());
                a.add(v);
            }
        }
        a.add("--top");
        a.add(Integer.toString(top));
        if (compareYears != null) {
            a.add("--compare-years");
            a.add(compareYears);
        }
        if (format != null) {
            a.add("--format");
            a.add(format);
        }
        extra.forEach((option, value) -> {
            a.add(option);
            if (value != null) {
                a.add(value);
            }
        });
        return a;
    }

    /** One line for a POSIX shell: the program, then {@link #arguments()} quoted where needed. */
    public String render() {
        StringBuilder sb = new StringBuilder(program);
        for (String arg : arguments()) {
            sb.append(' ').append(quote(arg));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    /**
     * The option value of a parameter as the command line takes it (the spec's own text), or null when the
     * parameter is at its "everything" value and the option is left out: numbers always (explicit, so a
     * changed default cannot change what a copied command computes), years unless all, kinds unless both,
     * fields and countries unless all.
     */
    public static String optionText(ClusterParameters p, ParameterSpec<?> spec) {
        return optionText(p, spec, true);
    }

    private static <T> String optionText(ClusterParameters p, ParameterSpec<T> spec, boolean omitEverything) {
        T v = spec.get(p);
        return omitEverything && spec.isEverything(v) ? null : spec.format(v);
    }

    /**
     * Parameters with one option's value applied, the inverse of {@link #optionText}: the spec's own codec.
     *
     * @throws IllegalArgumentException with a one-line message naming the option when the value is invalid
     */
    public static ClusterParameters applyOption(ClusterParameters p, ParameterSpec<?> spec, String value) {
        try {
            return spec.withText(p, value);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException("--" + (m == null ? spec.id() : m));
        }
    }

    /** The reference parameters of {@code --compare-years}: the same parameters on other years. */
    public static ClusterParameters compareParameters(ClusterParameters p, String years) {
        return applyOption(p, ParameterSpecs.YEARS, years);
    }

    /** Quotes an argument for a POSIX shell when it holds anything but plain characters. */
    public static String quote(String arg) {
        if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * Splits a shell command line into words: blanks separate, single quotes keep everything literally,
     * double quotes keep all but backslash escapes, a backslash outside quotes escapes the next character.
     *
     * @throws IllegalArgumentException when a quote is not closed
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in command line");
                }
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != '"') {
                    if (line.charAt(j) == '\\' && j + 1 < line.length()) {
                        j++;
                    }
                    w.append(line.charAt(j));
                    j++;
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException("unclosed \" in command line");
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
