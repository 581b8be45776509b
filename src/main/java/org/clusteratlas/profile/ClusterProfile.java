package org.clusteratlas.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a cluster is, beyond its size: its output per year and growth, its international co-operation, its
 * organisations, its specialisations and its partner clusters, for one clustering and filter. Formulas in
 * {@code docs/method-ranking.md}. Arrays are shared, not copied: treat them as read-only.
 *
 * @param firstYear          year of index 0 of the per-year arrays (the filter's years within the data)
 * @param patentsPerYear     fractional patents in the cluster per year
 * @param publicationsPerYear fractional publications per year
 * @param scorePerYear       per year: the cluster's share (%) of that year's patents plus of its publications
 * @param growthPatents      {@link Growth#rate} of the patents per year; NaN with fewer than two positive years
 * @param internationalShare part (0..1) of the cluster's output (both kinds) from documents located in two or
 *                           more countries; NaN for a cluster without output
 * @param organizations      every organisation with a count in the cluster, largest first (ties by name)
 * @param specialisations    per kind with output in the cluster, every field with located output anywhere
 *                           (RTA 0 where the cluster has none), kind then field order
 * @param partners           clusters sharing documents with this one, most shared first (ties by id)
 */
public record ClusterProfile(int clusterId, int firstYear, double[] patentsPerYear, double[] publicationsPerYear,
                             double[] scorePerYear, double growthPatents, double growthPublications,
                             double growthScore, double internationalShare, List<OrganizationCount> organizations,
                             List<Specialisation> specialisations, List<Partner> partners) {
    /** Organisations shown in the ranking's {@code top_organizations}. */
    public static final int TOP_ORGANIZATIONS = 5;
    /** Partners listed in a JSON row's {@code top_partners}. */
    public static final int TOP_PARTNERS = 5;
    /** Fields shown in {@code top_specialisations}. */
    public static final int TOP_SPECIALISATIONS = 3;
    /** A field must hold this part of the cluster's count of its kind to be a top specialisation. */
    public static final double SPECIALISATION_FLOOR = 0.01;

    public ClusterProfile {
        organizations = List.copyOf(organizations);
        specialisations = List.copyOf(specialisations);
        partners = List.copyOf(partners);
    }

    public int lastYear() {
        return firstYear + patentsPerYear.length - 1;
    }

    /** The first {@code n} organisations. */
    public List<OrganizationCount> topOrganizations(int n) {
        return organizations.subList(0, Math.min(n, organizations.size()));
    }

    /**
     * The {@link #TOP_SPECIALISATIONS} highest RTAs among fields holding at least {@link #SPECIALISATION_FLOOR}
     * of the cluster's count of their kind (a single stray document cannot be a specialisation); ties by count,
     * then field name.
     */
    public List<Specialisation> topSpecialisations() {
        double[] kindCount = {sum(patentsPerYear), sum(publicationsPerYear)};
        List<Specialisation> eligible = new ArrayList<>();
        for (Specialisation s : specialisations) {
            if (s.count() > 0 && s.count() >= SPECIALISATION_FLOOR * kindCount[s.kind().ordinal()]) {
                eligible.add(s);
            }
        }
        eligible.sort(Comparator.comparingDouble(Specialisation::rta).reversed()
                .thenComparing(Comparator.comparingDouble(Specialisation::count).reversed())
                .thenComparing(Specialisation::field));
        return eligible.subList(0, Math.min(TOP_SPECIALISATIONS, eligible.size()));
    }

    /** The cluster's whole count of a kind (with a field or not): the yearly counts add up to it. */
    private static double sum(double[] perYear) {
        double sum = 0;
        for (double v : perYear) {
            sum += v;
        }
        return sum;
    }

    /** The first {@code n} partners. */
    public List<Partner> topPartners(int n) {
        return partners.subList(0, Math.min(n, partners.size()));
    }
}
