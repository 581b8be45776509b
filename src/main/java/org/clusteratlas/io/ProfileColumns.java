package org.clusteratlas.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.profile.OrganizationCount;
import org.clusteratlas.profile.Partner;
import org.clusteratlas.profile.Specialisation;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.snapshot.DocumentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The profile columns every ranking format adds when the report carries {@link ClusterProfiles}: growth per kind
 * and of the score, international share, top organisations and top specialisations (formulas in
 * {@code docs/method-ranking.md}). This list is their one definition: CSV headers, JSON and GeoJSON property
 * names and table headings all come from it.
 *
 * <p>Numbers are written at the precision they carry: counts are sums of 1/k shares, exact to far less than
 * 1e-9, so they and the figures derived from them are rounded to 9 decimals (0.1 stays 0.1, not
 * 0.10000000000000009). Growth and international share are fractions (0.1 = 10%); empty (CSV) or null (JSON)
 * where undefined.
 */
public final class ProfileColumns {
    /**
     * One column: its machine name, its table heading, its value (a Double, NaN for none, or a String) and, for a
     * text column, its shorter text for the table (numbers rounded for reading); null for numbers.
     */
    record Column(String name, String heading, Function<ClusterProfile, Object> value,
                  Function<ClusterProfile, String> tableText) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("growth_patents", "Growth pat.", ClusterProfile::growthPatents, null),
            new Column("growth_publications", "Growth pub.", ClusterProfile::growthPublications, null),
            new Column("growth_score", "Growth score", ClusterProfile::growthScore, null),
            new Column("international_share", "Intl.", ClusterProfile::internationalShare, null),
            new Column("top_organizations", "Top organisations",
                    p -> topOrganizations(p, Numbers::plain),
                    p -> topOrganizations(p, v -> String.format(Locale.ROOT, "%.1f", v))),
            new Column("top_specialisations", "Top specialisations",
                    p -> topSpecialisations(p, Numbers::plain),
                    p -> topSpecialisations(p, v -> String.format(Locale.ROOT, "%.2f", v))));

    /** Column names, appended to the CSV header and used as JSON and GeoJSON property names. */
    public static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    private ProfileColumns() {
    }

    /** The profile of a row, or null without profiles (or for a row of another clustering). */
    static ClusterProfile of(ClusterProfiles profiles, ClusterRow r) {
        return profiles == null ? null : profiles.of(r.clusterId());
    }

    /** "name (count); ..." for the {@link ClusterProfile#TOP_ORGANIZATIONS} largest. */
    static String topOrganizations(ClusterProfile p, DoubleFunction<String> number) {
        return p.topOrganizations(ClusterProfile.TOP_ORGANIZATIONS).stream()
                .map(o -> o.name() + " (" + number.apply(o.count()) + ")")
                .collect(Collectors.joining("; "));
    }

    /** "field (RTA); ..." for {@link ClusterProfile#topSpecialisations()}. */
    static String topSpecialisations(ClusterProfile p, DoubleFunction<String> number) {
        return p.topSpecialisations().stream()
                .map(s -> s.field() + " (" + number.apply(s.rta()) + ")")
                .collect(Collectors.joining("; "));
    }

    /** CSV cells in {@link #HEADER} order; all empty without a profile. */
    static List<String> csv(ClusterProfile p) {
        List<String> out = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            Object v = p == null ? "" : c.value().apply(p);
            out.add(v instanceof Double d ? Numbers.plain(d) : (String) v);
        }
        return out;
    }

    /** Table headings. */
    static List<String> tableHeader() {
        return COLUMNS.stream().map(Column::heading).toList();
    }

    /** Whether a column is numeric (right-aligned in the table). */
    static List<Boolean> tableNumeric() {
        return COLUMNS.stream().map(c -> c.tableText() == null).toList();
    }

    /** Table cells: fractions as signed or plain percentages to one decimal. */
    static List<String> table(ClusterProfile p) {
        List<String> out = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            Object v = p == null ? "" : c.tableText() != null ? c.tableText().apply(p) : c.value().apply(p);
            if (v instanceof Double d) {
                String pattern = c.name().startsWith("growth_") ? "%+.1f%%" : "%.1f%%";
                out.add(Double.isNaN(d) ? "" : String.format(Locale.ROOT, pattern, 100 * d));
            } else {
                out.add((String) v);
            }
        }
        return out;
    }

    /**
     * Adds the columns to a JSON row; with {@code full}, also what only JSON can hold: the series per year, the
     * full specialisation vector per kind, the top organisations and the top partners (GeoJSON takes scalars).
     */
    static void json(ObjectNode o, ClusterProfile p, boolean full) {
        for (Column c : COLUMNS) {
            Object v = c.value().apply(p);
            if (v instanceof Double d) {
                if (Double.isNaN(d)) {
                    o.putNull(c.name());
                } else {
                    o.put(c.name(), Numbers.round(d));
                }
            } else {
                o.put(c.name(), (String) v);
            }
        }
        if (!full) {
            return;
        }
        ArrayNode years = o.putArray("per_year");
        for (int i = 0; i < p.patentsPerYear().length; i++) {
            ObjectNode y = years.addObject();
            y.put("year", p.firstYear() + i);
            y.put("patents", Numbers.round(p.patentsPerYear()[i]));
            y.put("publications", Numbers.round(p.publicationsPerYear()[i]));
            y.put("score", Numbers.round(p.scorePerYear()[i]));
        }
        ObjectNode rta = o.putObject("specialisation");
        for (DocumentKind kind : DocumentKind.values()) {
            ObjectNode perField = null;
            for (Specialisation s : p.specialisations()) {
                if (s.kind() == kind) {
                    if (perField == null) {
                        perField = rta.putObject(kind.code());
                    }
                    perField.put(s.field(), Numbers.round(s.rta()));
                }
            }
        }
        ArrayNode orgs = o.putArray("organizations");
        for (OrganizationCount c : p.topOrganizations(ClusterProfile.TOP_ORGANIZATIONS)) {
            orgs.addObject().put("name", c.name()).put("count", Numbers.round(c.count()));
        }
        ArrayNode partners = o.putArray("top_partners");
        for (Partner q : p.topPartners(ClusterProfile.TOP_PARTNERS)) {
            partners.addObject().put("cluster_id", q.clusterId()).put("shared_documents", q.sharedDocuments());
        }
    }
}
