package org.clusteratlas.cli;

import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.source.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
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

    @Mixin
    OpenAlexSelectionOptions selection;

    @Mixin
    RealDataTargetOptions target;

    @Override
    public Integer call() {
        if (selection.problem() != null) {
            System.err.println("error: " + selection.problem());
            return AtlasCommand.BAD_USAGE;
        }
        return RealDataImportRunner.run(() -> new OpenAlexImport(works, institutions, selection.types(),
                selection.fromYear(), selection.toYear(), target.skipBad, Progress.to(System.err)),
                target.out, target.force, target.append, target.title, System.err);
    }
}
