package org.clusteratlas.cli;

import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.source.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import openalex}: scientific works from an OpenAlex snapshot (JSON Lines, gzipped) into a snapshot. */
@Command(name = "openalex", mixinStandardHelpOptions = true,
        description = {"Import OpenAlex works and institutions (JSON Lines, plain, .gz or .zip) into a snapshot:"
                + " one publication document per work, each authorship carrying 1/n of it, split equally among"
                + " its institutions, placed at the institutions' coordinates."})
public final class ImportOpenAlexCommand implements Callable<Integer> {
    @Option(names = "--works", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Works files (e.g. data/works/*/part_*.gz).")
    List<Path> works;

    @Option(names = "--institutions", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Institutions files (e.g. data/institutions/*/part_*.gz).")
    List<Path> institutions;

    @Option(names = "--types", split = ",", defaultValue = "article", paramLabel = "TYPE",
            description = "Work types to import, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> types;

    @Option(names = "--from-year", paramLabel = "Y", description = "First publication year.")
    Integer fromYear;

    @Option(names = "--to-year", paramLabel = "Y", description = "Last publication year.")
    Integer toYear;

    @Mixin
    RealDataTargetOptions target;

    @Override
    public Integer call() {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            System.err.println("error: --from-year " + fromYear + " is after --to-year " + toYear);
            return AtlasCommand.BAD_USAGE;
        }
        return RealDataImportRunner.run(() -> new OpenAlexImport(works, institutions,
                new LinkedHashSet<>(types), fromYear == null ? Integer.MIN_VALUE : fromYear,
                toYear == null ? Integer.MAX_VALUE : toYear, target.skipBad, Progress.to(System.err)),
                target.out, target.force, target.append, target.title, System.err);
    }
}
