package org.clusteratlas.cluster;

import java.util.List;

/**
 * The clustering parameters, declared once (see {@link ParameterSpec}). The defaults target
 * metropolitan-scale clusters on a snapshot of about 200,000 documents (600,000 addresses) over ten years,
 * the size of the sample snapshot; docs/method.md explains the choice and how to retune it.
 */
public final class ParameterSpecs {
    private ParameterSpecs() {
    }

    public static final ParameterSpec EPS_KM = new ParameterSpec("eps-km", "Radius", "km",
            ParameterSpec.Type.NUMBER, 1, 50, 13, false,
            "Neighbourhood radius: larger values merge neighbouring towns into one metropolitan cluster and let"
                    + " sparser areas qualify; smaller values split metropolitan areas into city cores.",
            "13 km is the order of the radius used in GII-style cluster studies: it joins a city with its"
                    + " suburbs and satellite towns about 10-15 km away, but not cities 40 km apart.");

    public static final ParameterSpec MIN_PATENTS = new ParameterSpec("min-patents", "Minimum patents",
            "documents", ParameterSpec.Type.NUMBER, 1, 100_000, 40, true,
            "A location is a patent core when the fractional patent count within the radius reaches this;"
                    + " higher values keep only the densest inventor areas as clusters.",
            "About 0.04% of the sample's ~100,000 fractional patents (a few hundred clusters); scale it with the"
                    + " snapshot's size and the years and fields selected.");

    public static final ParameterSpec MIN_PUBLICATIONS = new ParameterSpec("min-publications",
            "Minimum publications", "documents", ParameterSpec.Type.NUMBER, 1, 100_000, 40, true,
            "A location is a publication core when the fractional publication count within the radius reaches"
                    + " this; higher values keep only the densest author areas as clusters.",
            "About 0.04% of the sample's ~100,000 fractional publications, as for patents, so that neither"
                    + " kind dominates which places become clusters.");

    public static final ParameterSpec YEARS = new ParameterSpec("years", "Years", "", ParameterSpec.Type.YEAR_RANGE,
            1900, 2100, Double.NaN, false,
            "Only documents from these years (inclusive) count; shorter ranges mean less weight everywhere, so"
                    + " fewer and smaller clusters at the same minimum weights.",
            "All years of the snapshot, like the GII's five-year window over the whole data.");

    public static final ParameterSpec KINDS = new ParameterSpec("kinds", "Kinds", "", ParameterSpec.Type.KINDS,
            Double.NaN, Double.NaN, Double.NaN, false,
            "Which kinds of documents count: leaving one out finds clusters of the other kind only.",
            "Both patents and publications, as in the GII's S&T clusters.");

    public static final ParameterSpec FIELDS = new ParameterSpec("fields", "Fields", "", ParameterSpec.Type.FIELDS,
            Double.NaN, Double.NaN, Double.NaN, false,
            "Only documents of these fields count: clusters specialised in a technology or discipline.",
            "All fields.");

    public static final ParameterSpec COUNTRIES = new ParameterSpec("countries", "Countries", "",
            ParameterSpec.Type.COUNTRIES, Double.NaN, Double.NaN, Double.NaN, false,
            "Only addresses in these countries count; cross-border clusters are cut at the border.",
            "All countries: the GII's clusters ignore borders.");

    /** In the order the window and the CLI's help show them. */
    public static final List<ParameterSpec> ALL = List.of(EPS_KM, MIN_PATENTS, MIN_PUBLICATIONS, YEARS, KINDS,
            FIELDS, COUNTRIES);

    /** The spec with this id, or null. */
    public static ParameterSpec byId(String id) {
        for (ParameterSpec s : ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
