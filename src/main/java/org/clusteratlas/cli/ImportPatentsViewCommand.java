package org.clusteratlas.cli;

import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.source.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code import patentsview}: USPTO granted patents from PatentsView's bulk TSV tables into a snapshot. */
@Command(name = "patentsview", mixinStandardHelpOptions = true,
        description = {"Import PatentsView bulk tables (plain, .zip or .gz) into a snapshot: one patent document"
                + " per granted patent, one address per inventor carrying 1/n of it, technology field from the"
                + " first CPC code (WIPO's 35 fields) when --cpc is given."})
public final class ImportPatentsViewCommand implements Callable<Integer> {
    @Option(names = "--patents", required = true, paramLabel = "g_patent.tsv", description = "Patents table.")
    Path patents;

    @Option(names = "--inventors", required = true, paramLabel = "g_inventor_disambiguated.tsv",
            description = "Disambiguated inventors table.")
    Path inventors;

    @Option(names = "--locations", required = true, paramLabel = "g_location_disambiguated.tsv",
            description = "Disambiguated locations table.")
    Path locations;

    @Option(names = "--cpc", paramLabel = "g_cpc_current.tsv", description = "Current CPC table (optional).")
    Path cpc;

    @Option(names = "--assignees", paramLabel = "g_assignee_disambiguated.tsv",
            description = "Assignees table (optional): organisations, each patent's share divided equally among them.")
    Path assignees;

    @Mixin
    RealDataTargetOptions target;

    @Override
    public Integer call() {
        return RealDataImportRunner.run(() -> new PatentsViewImport(patents, inventors, locations, cpc, target.skipBad,
                Progress.to(System.err)).withAssignees(assignees), target.out, target.force, target.append, target.title, System.err);
    }
}
