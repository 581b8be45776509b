package org.clusteratlas.cli;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.NumberSpec;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepRange;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the window's "copy command" renders is exactly what {@code rank} parses. */
class RankCommandLineRoundTripTest {

    /** Parses a rendered line with the real command (no data read) and returns what it would compute. */
    private static RankCommand.Request parse(String line) {
        List<String> words = RankCommandLine.split(line);
        List<String> program = RankCommandLine.split(RankCommandLine.DEFAULT_PROGRAM);
        assertEquals(program, words.subList(0, program.size()), line);
        CommandLine cl = new CommandLine(new AtlasCommand());
        CommandLine.ParseResult pr = cl.parseArgs(words.subList(program.size(), words.size()).toArray(String[]::new));
        RankCommand rank = pr.subcommand().commandSpec().commandLine().getCommand();
        RankCommand.Request request = rank.request();
        assertEquals(RankCommandLine.split(line).get(program.size() + 2), rank.snapshot.toString());
        return request;
    }

    @Test
    void everyParameterRoundTrips() {
        ClusterParameters p = new ClusterParameters(7.25, 12.5, 300,
                new WeightFilter(2017, 2021, EnumSet.of(DocumentKind.PATENT), Set.of("Computer technology", "Optics"),
                        Set.of("JP", "US")));
        Path file = Path.of("/home/ana/My Snapshots/it's here.sqlite");
        RankCommandLine line = RankCommandLine.of(file, p).withTop(25).withCompareYears(2016, 2020);
        String text = line.render();
        assertTrue(text.contains("'/home/ana/My Snapshots/it'\\''s here.sqlite'"), text);
        RankCommand.Request r = parse(text);
        assertEquals(p, r.parameters());
        assertEquals(p.withText(ParameterSpecs.YEARS, "2016-2020"), r.reference());
        assertEquals(text, r.commandLine().render());
    }

    @Test
    void fieldNamesWithCommasRoundTrip() {
        ClusterParameters p = ParameterSpecs.FIELDS.with(ClusterParameters.defaults(),
                java.util.Set.of("Furniture, games", "Optics", "back\\slash", "all"));
        String text = RankCommandLine.of(Path.of("s.sqlite"), p).render();
        assertTrue(text.contains("--fields 'Furniture\\, games,Optics,\\all,back\\\\slash'"), text);
        assertEquals(p, parse(text).parameters());
    }

    @Test
    void defaultsComeFromTheSpecs() {
        RankCommand.Request r = parse(RankCommandLine.DEFAULT_PROGRAM + " rank --snapshot x.sqlite");
        assertEquals(ClusterParameters.defaults(), r.parameters());
        assertNull(r.reference());
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            if (s instanceof NumberSpec n) {
                assertEquals(n.format(n.defaultValue()), r.parameters().text(s), s.id());
            }
        }
    }

    @Test
    void defaultParametersRenderSharesAndRoundTrip() {
        RankCommandLine line = RankCommandLine.of(Path.of("sample-data/world-sample.sqlite"),
                ClusterParameters.defaults());
        assertEquals(RankCommandLine.DEFAULT_PROGRAM + " rank --snapshot sample-data/world-sample.sqlite"
                + " --eps-km 13 --min-patents 0.045% --min-publications 0.037% --top 100", line.render());
        assertEquals(ClusterParameters.defaults(), parse(line.render()).parameters());
    }

    @Test
    void openEndedYearsAndOneKindRoundTrip() {
        ClusterParameters p = ClusterParameters.defaults().withText(ParameterSpecs.YEARS, "2019-all")
                .withText(ParameterSpecs.KINDS, "publication");
        RankCommand.Request r = parse(RankCommandLine.of(Path.of("s.sqlite"), p).render());
        assertEquals(p, r.parameters());
    }

    @Test
    void sweepOptionsRoundTrip() {
        ClusterParameters p = new ClusterParameters(10, 40, 250, null);
        for (SweepGrid g : List.of(SweepGrid.around(p), SweepGrid.around(p, 7, 3),
                SweepGrid.of(p, SweepRange.parse("6:14:5"), null, SweepRange.parse("100:400:5"), 5, 5),
                SweepGrid.of(p, null, SweepRange.parse("20:60:3"), SweepRange.parse("100:400:3"), 9, 5))) {
            String line = g.addTo(RankCommandLine.of(Path.of("s.sqlite"), p)).render();
            RankCommand.Request r = parse(line);
            assertEquals(g, r.sweep(), line);
            assertEquals(line, r.commandLine().render());
        }
        assertNull(parse(RankCommandLine.of(Path.of("s.sqlite"), p).render()).sweep());
    }

    @Test
    void everySpecIsAnOptionOfRank() {
        CommandLine rank = new CommandLine(new AtlasCommand()).getSubcommands().get("rank");
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            CommandLine.Model.OptionSpec o = rank.getCommandSpec().findOption(s.cliOption());
            assertNotNull(o, s.cliOption());
            assertTrue(String.join(" ", o.description()).contains(s.effect()), s.id());
        }
    }
}
