package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationWeights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a clustering found no cluster, in words the command line and the window both show: the largest
 * neighbourhood weight of each kind against its minimum, and a minimum (as a count and as a share) that
 * would let that neighbourhood pass.
 */
public final class NothingPasses {
    private NothingPasses() {
    }

    /** The explanation for parameters under which {@code engine} found no cluster. */
    public static String explain(ClusterEngine engine, ClusterParameters p, LocationWeights weights) {
        double[] largest = engine.largestNeighbourhoodWeights(p);
        double[] min = p.minimumCounts(weights);
        List<String> parts = new ArrayList<>();
        if (p.filter().kinds().contains(DocumentKind.PATENT)) {
            parts.add(part(ParameterSpecs.MIN_PATENTS, "patents", largest[0], min[0], p.text(ParameterSpecs.MIN_PATENTS),
                    weights.total(DocumentKind.PATENT)));
        }
        if (p.filter().kinds().contains(DocumentKind.PUBLICATION)) {
            parts.add(part(ParameterSpecs.MIN_PUBLICATIONS, "publications", largest[1], min[1], p.text(ParameterSpecs.MIN_PUBLICATIONS),
                    weights.total(DocumentKind.PUBLICATION)));
        }
        return "no cluster: no location reaches the minimum weight within " + ParameterSpecs.EPS_KM.format(p.epsKm())
                + " km; the largest neighbourhood weights found are " + String.join("; ", parts);
    }

    private static String part(MinimumSpec minimumSpec, String kind, double largest, double minimum, String given,
                               double total) {
        NumberSpec spec = minimumSpec.counts();
        String m = spec.format(minimum);
        String s = spec.format(floor(spec, largest)) + " " + kind + " (minimum " + (given.equals(m) ? m
                : given + " = " + m) + ")";
        if (largest <= 0) {
            return "0 " + kind + " (the snapshot has none under the filter)";
        }
        double pass = floor(spec, largest);
        if (pass < spec.min()) {
            return s + ", below the smallest minimum allowed (" + spec.format(spec.min()) + ")";
        }
        return s + ": " + spec.cliOption() + " " + spec.format(pass) + " (or "
                + Minimum.shareReached(pass, total) + ") lets it pass";
    }

    /** Rounded down to the minimum's precision, so the suggested minimum is reached. */
    private static double floor(NumberSpec spec, double v) {
        return BigDecimal.valueOf(v).setScale(spec.decimals(), RoundingMode.FLOOR).doubleValue();
    }
}
