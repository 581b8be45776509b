package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReproduceCommandTest {
    /** Reads the options back the way the rank command does. */
    private static ClusterParameters parse(String line) {
        java.util.List<String> w = org.clusteratlas.rank.RankCommandLine.split(line);
        ClusterParameters p = ClusterParameters.defaults();
        for (int i = 0; i < w.size() - 1; i++) {
            ParameterSpec<?> spec = w.get(i).startsWith("--") ? ParameterSpecs.byId(w.get(i).substring(2)) : null;
            if (spec != null) {
                p = org.clusteratlas.rank.RankCommandLine.applyOption(p, spec, w.get(i + 1));
            }
        }
        return p;
    }

    @Test
    void theCommandCarriesEveryRestrictedParameter() {
        ClusterParameters p = ClusterParameters.defaults().withEpsKm(12.5).withMinPatentWeight(80)
                .withFilter(new WeightFilter(2018, 2022, EnumSet.of(DocumentKind.PATENT), Set.of("Chemistry", "Physics"),
                        Set.of("DE", "FR")));
        String c = ReproduceCommand.render(Path.of("my data/world.sqlite"), p, org.clusteratlas.cluster.YearRange.ALL, 25, null);
        assertTrue(c.startsWith(org.clusteratlas.io.AppInvocation.commandLine() + " rank --snapshot "
                + org.clusteratlas.rank.RankCommandLine.quote(Path.of("my data/world.sqlite").toAbsolutePath().toString())
                + " "), c);
        assertTrue(c.contains("--countries DE,FR"), c);
        assertTrue(c.contains("--top 25"), c);
        assertEquals(p, parse(c));
    }

    @Test
    void unrestrictedFiltersAreLeftOutAndYearOnlyReferencesBecomeCompareYears() {
        ClusterParameters p = ClusterParameters.defaults()
                .withFilter(new WeightFilter(2018, 2022, null, null, null));
        ClusterParameters ref = p.withFilter(new WeightFilter(2017, 2021, null, null, null));
        String c = ReproduceCommand.render(Path.of("w.sqlite"), p, org.clusteratlas.cluster.YearRange.ALL, 100, ReproduceCommand.compareYears(p, ref));
        assertFalse(c.contains("--kinds") || c.contains("--fields") || c.contains("--countries"), c);
        assertTrue(c.contains("--compare-years 2017-2021"), c);
        assertNull(ReproduceCommand.compareYears(p, ref.withEpsKm(20)), "another eps is not a year comparison");
    }
}
