package org.clusteratlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.figure.FigureContent;
import org.clusteratlas.sample.BundledSample;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.ui.explorer.ReproduceCommand;
import org.clusteratlas.ui.explorer.SavedView;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A year range the user left untouched is written as the snapshot's years ("2014-2023" on the sample) by every
 * writer: exports of {@code rank} (JSON, windows JSON), the command they record, Copy Command, saved views and the
 * figure's parameter line. Old texts with "all" still read.
 */
public class YearRangeWritingTest {
    /** "years all", "2019-all", "all-2023" in any writer's output (JSON, a command line, a caption). */
    private static final Pattern ALL_YEARS = Pattern.compile("(?i)(years\\W{0,6}all|\\d{4}-all|all-\\d{4})");
    private static final Path SAMPLE = BundledSample.path();

    /** Fails when {@code text} writes a year range as "all" (shared with the window's test). */
    public static void assertNoAllYears(String text) {
        assertFalse(ALL_YEARS.matcher(text).find(), "a year range written as 'all': " + text);
    }

    @Test
    void theDetectorFindsEveryOldWording() {
        for (String old : new String[] {"\"years\" : \"all\"", "--years all", "years 2019-all", "all-2023"}) {
            assertTrue(ALL_YEARS.matcher(old).find(), old);
        }
        assertFalse(ALL_YEARS.matcher("\"years\" : \"2014-2023\", \"fields\" : \"all\"").find());
    }

    @Test
    void anOpenRangeResolvesToTheSnapshotsYearsAndReadsBack() {
        YearRange data = new YearRange(2014, 2023);
        assertEquals(data, YearRange.ALL.resolvedIn(data));
        assertEquals(new YearRange(2019, 2023), new YearRange(2019, Integer.MAX_VALUE).resolvedIn(data));
        assertEquals(new YearRange(2014, 2016), new YearRange(Integer.MIN_VALUE, 2016).resolvedIn(data));
        YearRange set = new YearRange(2016, 2018);
        assertSame(set, set.resolvedIn(data), "a range the user set is written as set");
        assertEquals(YearRange.ALL, YearRange.ALL.resolvedIn(YearRange.ALL), "no snapshot: nothing to resolve with");

        ClusterParameters untouched = ClusterParameters.defaults();
        assertEquals("2014-2023", untouched.texts(data).get("years"));
        assertEquals("2014-2023", untouched.yearsText(data));
        // written, read back: the same range, and the same documents as the open range
        ClusterParameters read = ClusterParameters.defaults().withText(ParameterSpecs.YEARS, untouched.texts(data).get("years"));
        assertEquals(data, read.years());
        assertEquals(untouched.withYearsOf(data), read);
    }

    @Test
    void oldAllValuesStillRead() throws Exception {
        assertEquals(YearRange.ALL, ClusterParameters.defaults().withText(ParameterSpecs.YEARS, "all").years());
        assertEquals(new YearRange(2019, Integer.MAX_VALUE),
                ClusterParameters.defaults().withText(ParameterSpecs.YEARS, "2019-all").years());
        SavedView v = SavedView.parse("{\"cluster_atlas_view\": 1, \"parameters\": {\"years\": \"all\","
                + " \"eps-km\": \"12\"}}", "old.json");
        assertEquals(YearRange.ALL, v.parameters().years());
        assertEquals(12.0, v.parameters().epsKm());
    }

    @Test
    void theResolvedRangeSelectsTheSameDocuments() throws Exception {
        Snapshot s = SnapshotReader.open(SAMPLE);
        YearRange data = YearRange.of(s.table());
        ClusterParameters open = ClusterParameters.defaults();
        var a = s.table().weigh(open.filter());
        var b = s.table().weigh(open.withYearsOf(data).filter());
        for (DocumentKind k : DocumentKind.values()) {
            assertEquals(a.total(k), b.total(k), 1e-9, k.name());
        }
    }

    @Test
    void noWriterOfTheCoreOrTheCommandLineWritesAll() throws Exception {
        Snapshot s = SnapshotReader.open(SAMPLE);
        YearRange data = YearRange.of(s.table());
        String years = ParameterSpecs.YEARS.format(data);
        assertTrue(years.matches("\\d{4}-\\d{4}"), years);
        ClusterParameters untouched = ClusterParameters.defaults();

        CliRun r = CliRun.run("rank", "--snapshot", SAMPLE.toString(), "--top", "3", "--format", "json");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(years, json.findValue("parameters").path("years").asText(), r.out());
        assertTrue(json.findValue("command").asText().contains("--years " + years), json.findValue("command").asText());
        assertNoAllYears(r.out());

        r = CliRun.run("rank", "--snapshot", SAMPLE.toString(), "--years", "2019-all", "--top", "3", "--format", "json");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertEquals("2019-" + data.to(), new ObjectMapper().readTree(r.out()).findValue("parameters").path("years").asText());
        assertNoAllYears(r.out());

        r = CliRun.run("rank", "--snapshot", SAMPLE.toString(), "--windows", "5", "--top", "3", "--format", "json");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertNoAllYears(r.out());

        String command = ReproduceCommand.render(SAMPLE, untouched, data, 10, null);
        assertTrue(command.contains("--years " + years), command);
        assertNoAllYears(command);
        assertNoAllYears(FigureContent.parameterLine(untouched, data));
        assertTrue(FigureContent.parameterLine(untouched, data).contains("Years " + years));
        assertNoAllYears(new SavedView(untouched.withYearsOf(data), 10, 0, 0, 2, null, null).toJson());
    }
}
