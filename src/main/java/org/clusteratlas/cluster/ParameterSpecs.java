package org.clusteratlas.cluster;

import java.util.List;
import org.clusteratlas.snapshot.DocumentKind;

/**
 * The clustering parameters, declared once (see {@link ParameterSpec}). Numbers carry two decimals: the
 * radius slider moves in 0.05 km steps below 10 km, the weight sliders in steps of 0.05 below 10. The defaults target
 * metropolitan-scale clusters on a snapshot of about 200,000 documents (600,000 addresses) over ten years,
 * the size of the sample snapshot; docs/method.md explains the choice and how to retune it.
 */
public final class ParameterSpecs {
    private ParameterSpecs() {
    }

    public static final NumberSpec EPS_KM = new NumberSpec("eps-km", "Radius", "km", 1, 50, 13, 2, false,
            "Neighbourhood radius: larger values merge neighbouring towns into one metropolitan cluster and let"
                    + " sparser areas qualify; smaller values split metropolitan areas into city cores.",
            "13 km is the order of the radius used in GII-style cluster studies: it joins a city with its"
                    + " suburbs and satellite towns about 10-15 km away, but not cities 40 km apart.",
            ClusterParameters::epsKm, ClusterParameters::withEpsKm);

    public static final MinimumSpec MIN_PATENTS = new MinimumSpec(new NumberSpec("min-patents", "Minimum patents",
            "documents", 1, 100_000, 40, 2, true,
            "A location is a patent core when the fractional patent count within the radius reaches this (a"
                    + " count, or a share of the filtered patents); higher values keep only the densest inventor"
                    + " areas as clusters.", "", null, null), DocumentKind.PATENT, Minimum.share(0.045),
            "A share, 0.045% of the filtered patents (40.08 on the sample's 89,066), so any snapshot and year"
                    + " range opens on a comparable clustering; a count (40) is taken as well.",
            ClusterParameters::minPatents, ClusterParameters::withMinPatents);

    public static final MinimumSpec MIN_PUBLICATIONS = new MinimumSpec(new NumberSpec("min-publications",
            "Minimum publications", "documents", 1, 100_000, 40, 2, true,
            "A location is a publication core when the fractional publication count within the radius reaches"
                    + " this (a count, or a share of the filtered publications); higher values keep only the"
                    + " densest author areas as clusters.", "", null, null), DocumentKind.PUBLICATION,
            Minimum.share(0.037),
            "A share, 0.037% of the filtered publications (40.28 on the sample's 108,857), as for patents, so"
                    + " that neither kind dominates; a count (40) is taken as well.",
            ClusterParameters::minPublications, ClusterParameters::withMinPublications);

    public static final YearRangeSpec YEARS = new YearRangeSpec("years", "Years",
            "Only documents from these years (inclusive) count; shorter ranges mean less weight everywhere, so"
                    + " fewer and smaller clusters at the same minimum weights.",
            "All years of the snapshot, like the GII's five-year window over the whole data.",
            p -> new YearRange(p.filter().yearFrom(), p.filter().yearTo()),
            (p, r) -> p.withFilter(p.filter().withYears(r.from(), r.to())));

    public static final KindsSpec KINDS = new KindsSpec("kinds", "Kinds",
            "Which kinds of documents count: leaving one out finds clusters of the other kind only.",
            "Both patents and publications, as in the GII's S&T clusters.",
            p -> p.filter().kinds(), (p, k) -> p.withFilter(p.filter().withKinds(k)));

    public static final NameSetSpec FIELDS = NameSetSpec.fields("fields", "Fields",
            "Only documents of these fields count: clusters specialised in a technology or discipline.",
            "All fields.",
            p -> p.filter().fields(), (p, f) -> p.withFilter(p.filter().withFields(f)));

    public static final NameSetSpec COUNTRIES = NameSetSpec.countries("countries", "Countries",
            "Only addresses in these countries count; cross-border clusters are cut at the border.",
            "All countries: the GII's clusters ignore borders.",
            p -> p.filter().countries(), (p, c) -> p.withFilter(p.filter().withCountries(c)));

    /** In the order the window and the CLI's help show them. */
    public static final List<ParameterSpec<?>> ALL = List.of(EPS_KM, MIN_PATENTS, MIN_PUBLICATIONS, YEARS, KINDS,
            FIELDS, COUNTRIES);

    /** The spec with this id, or null. */
    public static ParameterSpec<?> byId(String id) {
        for (ParameterSpec<?> s : ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
