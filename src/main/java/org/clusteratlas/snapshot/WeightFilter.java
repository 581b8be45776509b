package org.clusteratlas.snapshot;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which activity counts: a year range, kinds, and optionally fields and countries (null = all).
 * Applied to a {@link LocationTable} in memory, never by querying SQLite again.
 * With a country filter, unlocated shares (which have no country) are left out of the totals.
 */
public record WeightFilter(int yearFrom, int yearTo, Set<DocumentKind> kinds, Set<String> fields,
                           Set<String> countries) {
    public WeightFilter {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(DocumentKind.class) : EnumSet.copyOf(kinds);
        fields = fields == null ? null : Set.copyOf(fields);
        countries = countries == null ? null : Set.copyOf(countries);
        if (yearFrom > yearTo) {
            throw new IllegalArgumentException("year range " + yearFrom + "-" + yearTo + " is empty");
        }
    }

    /** Everything in the table. */
    public static WeightFilter all() {
        return new WeightFilter(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null, null);
    }

    public WeightFilter withYears(int from, int to) {
        return new WeightFilter(from, to, kinds, fields, countries);
    }

    public WeightFilter withKinds(Set<DocumentKind> k) {
        return new WeightFilter(yearFrom, yearTo, k, fields, countries);
    }

    public WeightFilter withFields(Set<String> f) {
        return new WeightFilter(yearFrom, yearTo, kinds, f, countries);
    }

    public WeightFilter withCountries(Set<String> c) {
        return new WeightFilter(yearFrom, yearTo, kinds, fields, c);
    }

    public boolean acceptsYear(int year) {
        return year >= yearFrom && year <= yearTo;
    }
}
