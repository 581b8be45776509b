package org.clusteratlas.robust;

import org.clusteratlas.cluster.Minimum;
import org.clusteratlas.cluster.MinimumSpec;
import org.clusteratlas.cluster.NumberSpec;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;

import org.clusteratlas.rank.RankCommandLine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings a robustness sweep visits: eps values times minimum-weight steps, everything else (years,
 * kinds, fields, countries) as in the base setting. The minimum-weight axis scales both minimum patents
 * and minimum publications by a common factor, unless an explicit range is given for one of them: then
 * that one follows its range and a kind without a range stays at its base value (docs/robustness.md).
 * Immutable.
 */
public final class SweepGrid {
    /** Largest number of values on one axis (15 x 15 = 225 clusterings). */
    public static final int MAX_STEPS = 15;
    /** Values per axis when none is given. */
    public static final int DEFAULT_STEPS = 5;
    /** Default eps axis: base x (1 - EPS_SPAN) .. base x (1 + EPS_SPAN), evenly spaced. */
    public static final double EPS_SPAN = 0.4;
    /** Default weight axis: base / WEIGHT_SPAN .. base x WEIGHT_SPAN, evenly spaced on a log scale. */
    public static final double WEIGHT_SPAN = 2;

    private final ClusterParameters base;
    private final double[] eps;
    private final Minimum[] minPatents;
    private final Minimum[] minPublications;
    private final double[] factors;
    private final SweepRange[] ranges;
    private final int defaultEpsSteps;
    private final int defaultWeightSteps;

    /** Turns on the default sweep on the command line ({@code rank ... --sweep}). */
    public static final String OPTION = "--sweep";
    /** Steps of the default axes on the command line: {@code N} (both) or {@code NxM} (eps x weights). */
    public static final String STEPS_OPTION = "--sweep-steps";

    private SweepGrid(ClusterParameters base, double[] eps, Minimum[] minPatents, Minimum[] minPublications,
                      double[] factors, SweepRange[] ranges, int defaultEpsSteps, int defaultWeightSteps) {
        this.base = Objects.requireNonNull(base, "base");
        if (eps.length < 1 || eps.length > MAX_STEPS || minPatents.length < 1 || minPatents.length > MAX_STEPS
                || minPatents.length != minPublications.length) {
            throw new IllegalArgumentException("a sweep has 1 to " + MAX_STEPS + " values per axis");
        }
        for (double e : eps) {
            ParameterSpecs.EPS_KM.check(e);
        }
        for (int w = 0; w < minPatents.length; w++) {
            ParameterSpecs.MIN_PATENTS.check(minPatents[w]);
            ParameterSpecs.MIN_PUBLICATIONS.check(minPublications[w]);
        }
        this.eps = eps;
        this.minPatents = minPatents;
        this.minPublications = minPublications;
        this.factors = factors;
        this.ranges = ranges;
        this.defaultEpsSteps = defaultEpsSteps;
        this.defaultWeightSteps = defaultWeightSteps;
    }

    /**
     * The command-line option of a numeric parameter's explicit range: {@code --sweep-eps},
     * {@code --sweep-min-patents}, {@code --sweep-min-publications}.
     */
    public static String option(NumberSpec spec) {
        return spec == ParameterSpecs.EPS_KM ? "--sweep-eps" : "--sweep-" + spec.id();
    }

    /** The numeric parameters a sweep varies, in the order of their options. */
    public static List<NumberSpec> sweptSpecs() {
        return List.of(ParameterSpecs.EPS_KM, ParameterSpecs.MIN_PATENTS.counts(),
                ParameterSpecs.MIN_PUBLICATIONS.counts());
    }

    /**
     * Parses {@link #STEPS_OPTION}'s value, {@code N} or {@code NxM}, into {eps steps, weight steps}.
     *
     * @throws IllegalArgumentException when malformed or out of 1..{@link #MAX_STEPS}
     */
    public static int[] parseSteps(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        String[] p = t.split("x", -1);
        try {
            int e = Integer.parseInt(p[0].trim());
            int w = p.length == 2 ? Integer.parseInt(p[1].trim()) : e;
            if (p.length > 2) {
                throw new NumberFormatException();
            }
            steps(e);
            steps(w);
            return new int[] {e, w};
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("'" + text + "' is not STEPS or EPSxWEIGHT steps (e.g. 5 or 7x5)");
        }
    }

    /**
     * The options that make {@code rank} sweep this grid (explicit ranges as given, default axes by their
     * step counts): {@code rank} parses them back to an equal grid. Values null for flags.
     */
    public Map<String, String> commandOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        List<NumberSpec> specs = sweptSpecs();
        boolean explicit = false;
        for (int i = 0; i < specs.size(); i++) {
            if (ranges[i] != null) {
                m.put(option(specs.get(i)), ranges[i].text());
                explicit = true;
            }
        }
        boolean defaultSteps = defaultEpsSteps == DEFAULT_STEPS && defaultWeightSteps == DEFAULT_STEPS;
        if (!defaultSteps) {
            m.put(STEPS_OPTION, defaultEpsSteps == defaultWeightSteps ? Integer.toString(defaultEpsSteps)
                    : defaultEpsSteps + "x" + defaultWeightSteps);
        } else if (!explicit) {
            m.put(OPTION, null);
        }
        return m;
    }

    /** The command line with this sweep's options added (the line's parameters must be this grid's base). */
    public RankCommandLine addTo(RankCommandLine line) {
        if (!line.parameters().equals(base)) {
            throw new IllegalArgumentException("the command's parameters are not the sweep's base");
        }
        RankCommandLine out = line;
        for (Map.Entry<String, String> e : commandOptions().entrySet()) {
            out = out.withOption(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The default grid around a setting: {@link #DEFAULT_STEPS} x {@link #DEFAULT_STEPS}. */
    public static SweepGrid around(ClusterParameters base) {
        return around(base, DEFAULT_STEPS, DEFAULT_STEPS);
    }

    /**
     * A grid centred on {@code base} (the base is a cell when the step counts are odd): eps from 60% to 140%
     * of the base, minimum weights from half to double, values rounded to 0.1 and kept in the specs' ranges.
     */
    public static SweepGrid around(ClusterParameters base, int epsSteps, int weightSteps) {
        return of(base, null, null, null, epsSteps, weightSteps);
    }

    /**
     * A grid with explicit ranges where given (null = default axis around the base).
     *
     * @throws IllegalArgumentException when a value is outside its spec's range, or both minimum-weight
     *                                  ranges are given with different step counts
     */
    public static SweepGrid of(ClusterParameters base, SweepRange eps, SweepRange minPatents,
                               SweepRange minPublications, int defaultEpsSteps, int defaultWeightSteps) {
        steps(defaultEpsSteps);
        steps(defaultWeightSteps);
        double[] e = eps != null ? eps.values()
                : distinct(linear(base.epsKm(), EPS_SPAN, defaultEpsSteps, ParameterSpecs.EPS_KM));
        Minimum[] pat;
        Minimum[] pub;
        double[] f = null;
        if (minPatents == null && minPublications == null) {
            f = factors(defaultWeightSteps);
            pat = new Minimum[f.length];
            pub = new Minimum[f.length];
            for (int i = 0; i < f.length; i++) {
                pat[i] = scaled(base.minPatents(), f[i], ParameterSpecs.MIN_PATENTS);
                pub[i] = scaled(base.minPublications(), f[i], ParameterSpecs.MIN_PUBLICATIONS);
            }
        } else if (minPatents != null && minPublications != null) {
            if (minPatents.steps() != minPublications.steps()) {
                throw new IllegalArgumentException("the minimum patents and minimum publications ranges share one"
                        + " axis and need the same number of steps (" + minPatents.steps() + " vs "
                        + minPublications.steps() + ")");
            }
            pat = counts(minPatents.values());
            pub = counts(minPublications.values());
        } else if (minPatents != null) {
            pat = counts(minPatents.values());
            pub = filled(pat.length, base.minPublications());
        } else {
            pub = counts(minPublications.values());
            pat = filled(pub.length, base.minPatents());
        }
        check(ParameterSpecs.EPS_KM, e);
        check(ParameterSpecs.MIN_PATENTS, pat);
        check(ParameterSpecs.MIN_PUBLICATIONS, pub);
        return new SweepGrid(base, e, pat, pub, f, new SweepRange[] {eps, minPatents, minPublications},
                defaultEpsSteps, defaultWeightSteps);
    }

    private static void steps(int n) {
        if (n < 1 || n > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be between 1 and " + MAX_STEPS + ", not " + n);
        }
    }

    private static <T> void check(ParameterSpec<T> spec, T[] values) {
        for (T v : values) {
            try {
                spec.check(v);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("sweep-" + ex.getMessage());
            }
        }
    }

    private static void check(NumberSpec spec, double[] values) {
        for (double v : values) {
            try {
                spec.check(v);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("sweep-" + ex.getMessage());
            }
        }
    }

    private static Minimum[] filled(int n, Minimum v) {
        Minimum[] a = new Minimum[n];
        Arrays.fill(a, v);
        return a;
    }

    /** An explicit range's values: counts of documents. */
    private static Minimum[] counts(double[] values) {
        return Arrays.stream(values).mapToObj(Minimum::count).toArray(Minimum[]::new);
    }

    /**
     * A minimum scaled by a sweep factor, of the same kind as the base's (a share sweeps shares, a count
     * counts): a count rounded to 0.1, a share to 3 significant digits, within the spec's range.
     */
    private static Minimum scaled(Minimum base, double factor, MinimumSpec spec) {
        if (factor == 1) {
            return base;
        }
        if (!base.share()) {
            return Minimum.count(clampRound(base.value() * factor, spec.counts()));
        }
        double v = new BigDecimal(base.value() * factor).round(new MathContext(3, RoundingMode.HALF_EVEN))
                .doubleValue();
        return spec.clamp(Minimum.share(v));
    }

    private static double[] linear(double centre, double span, int n, NumberSpec spec) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : -span + 2 * span * i / (n - 1);
            v[i] = n == 1 ? centre : clampRound(centre * (1 + t), spec);
        }
        if (n % 2 == 1) {
            v[n / 2] = centre;
        }
        return v;
    }

    private static double[] factors(int n) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = n == 1 ? 1 : Math.pow(WEIGHT_SPAN, -1 + 2.0 * i / (n - 1));
        }
        if (n % 2 == 1) {
            f[n / 2] = 1;
        }
        return f;
    }

    private static double clampRound(double v, NumberSpec spec) {
        double r = Math.round(v * 10) / 10.0;
        return Math.max(spec.min(), Math.min(spec.max(), r));
    }

    private static double[] distinct(double[] v) {
        return Arrays.stream(v).distinct().sorted().toArray();
    }

    public ClusterParameters base() {
        return base;
    }

    public int epsSteps() {
        return eps.length;
    }

    public int weightSteps() {
        return minPatents.length;
    }

    /** Number of settings (cells). */
    public int size() {
        return eps.length * minPatents.length;
    }

    public double eps(int e) {
        return eps[e];
    }

    public Minimum minPatents(int w) {
        return minPatents[w];
    }

    public Minimum minPublications(int w) {
        return minPublications[w];
    }

    /** Whether the weight axis is a common factor on the base's minimum weights. */
    public boolean weightAxisIsFactor() {
        return factors != null;
    }

    /** The common factor of weight step {@code w} (before rounding), or NaN for explicit ranges. */
    public double factor(int w) {
        return factors == null ? Double.NaN : factors[w];
    }

    /** The parameters of one cell: the base with eps and minimum weights replaced. */
    public ClusterParameters at(int e, int w) {
        return new ClusterParameters(eps[e], minPatents[w], minPublications[w], base.filter());
    }

    /**
     * Short label of a weight step for axes and tables: "20 / 20" or "0.045% / 0.037%" (minimum patents /
     * publications, of the kind the base gives them: counts or shares of the filtered totals).
     */
    public String weightLabel(int w) {
        return ParameterSpecs.MIN_PATENTS.format(minPatents[w]) + " / " + ParameterSpecs.MIN_PUBLICATIONS.format(minPublications[w]);
    }

    /** The cell of the base setting, as {e, w}, or null when the base is not on the grid. */
    public int[] baseCell() {
        for (int e = 0; e < eps.length; e++) {
            for (int w = 0; w < minPatents.length; w++) {
                if (at(e, w).equals(base)) {
                    return new int[] {e, w};
                }
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepGrid g && base.equals(g.base) && Arrays.equals(eps, g.eps)
                && Arrays.equals(minPatents, g.minPatents) && Arrays.equals(minPublications, g.minPublications);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, Arrays.hashCode(eps), Arrays.hashCode(minPatents), Arrays.hashCode(minPublications));
    }

    @Override
    public String toString() {
        return "SweepGrid[eps " + Arrays.toString(eps) + " x min patents " + Arrays.toString(minPatents)
                + " / min publications " + Arrays.toString(minPublications) + "]";
    }
}
