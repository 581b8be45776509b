package org.clusteratlas.figure;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.SnapshotMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a map figure shows: the shown clusters with their hulls, every location's Web Mercator position,
 * the selection, and the text printed under the map (title with one synthetic-data mark, the parameters,
 * the counts, the credits). Built the same way by the {@code map} command and the window's PNG export.
 *
 * @param selectedCluster cluster id of the selection ring, or -1
 * @param title           the snapshot's title (a "(synthetic)" in it is left to the one mark)
 * @param parameters      the parameters as one line ("Radius 13 km · ... · Years 2014-2023 · ...")
 * @param counts          "381 clusters, top 100 shown"
 * @param credits         data and software credits
 */
public record FigureContent(Ranking ranking, List<ClusterRow> shown, ClusterShapes shapes, double[] mercatorX,
                            double[] mercatorY, int selectedCluster, String title, boolean synthetic,
                            String parameters, String counts, String credits) {
    /** The one synthetic-data mark. */
    public static final String SYNTHETIC_MARK = "SYNTHETIC DATA \u2013 not real patents or publications";

    /** Content from parts already computed (the window has them with every result). */
    public static FigureContent of(Ranking ranking, List<ClusterRow> shown, ClusterShapes shapes, double[] mx,
                                   double[] my, ClusterParameters p, LocationTable table, SnapshotMetadata meta,
                                   String fileName, int selectedCluster, String version) {
        String title = meta.title() == null || meta.title().isBlank() ? fileName : meta.title();
        if (meta.synthetic()) {
            title = title.replaceAll("(?i)\\s*\\(synthetic( data)?\\)", "").strip();
        }
        return new FigureContent(ranking, shown, shapes, mx, my, selectedCluster, title, meta.synthetic(),
                parameterLine(p, YearRange.of(table)), counts(ranking.size(), shown.size()),
                credits(meta, version));
    }

    /** "381 clusters, top 100 shown" (or "12 clusters, all shown"): the window's and the figure's wording. */
    public static String counts(int clusters, int shown) {
        return String.format(Locale.ROOT, "%,d cluster%s, %s", clusters, clusters == 1 ? "" : "s",
                shown >= clusters ? "all shown" : "top " + shown + " shown");
    }

    /** Every parameter by its spec's label, years written out ("2019-2023"), lists with commas. */
    public static String parameterLine(ClusterParameters p, YearRange snapshotYears) {
        List<String> parts = new ArrayList<>();
        ClusterParameters written = p.withYearsOf(snapshotYears);
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            String v = written.text(s).replace(",", ", ");
            parts.add(s.label() + " " + v + (s == ParameterSpecs.EPS_KM ? " km" : ""));
        }
        return String.join("  \u00b7  ", parts);
    }

    private static String credits(SnapshotMetadata meta, String version) {
        StringBuilder b = new StringBuilder("Base map: Natural Earth (public domain)  \u00b7  Places: GeoNames (CC BY 4.0)");
        String licence = meta.licence();
        if (!meta.synthetic() && licence != null && !licence.isBlank()) {
            String l = licence.strip();
            int stop = l.indexOf(". ");
            l = stop > 0 ? l.substring(0, stop + 1) : l;
            b.append("  \u00b7  Data: ").append(l.length() > 120 ? l.substring(0, 117) + "..." : l);
        }
        if (meta.synthetic()) {
            b.append("  \u00b7  Sample places: SimpleMaps World Cities (CC BY 4.0)");
        }
        b.append("  \u00b7  Method after WIPO's GII clusters  \u00b7  Cluster Atlas ").append(version);
        return b.toString();
    }
}
