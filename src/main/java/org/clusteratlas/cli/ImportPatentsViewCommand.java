package org.clusteratlas.cli;

import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.source.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

import static org.clusteratlas.cli.PatentsViewTableOptions.local;

/** {@code import patentsview}: USPTO granted patents from PatentsView's bulk TSV tables into a snapshot. */
@Command(name = "patentsview", mixinStandardHelpOptions = true,
        description = {"Import PatentsView bulk tables (plain, .zip or .gz) into a snapshot: one patent document"
                + " per granted patent, one address per inventor carrying 1/n of it, technology field from the"
                + " first CPC code (WIPO's 35 fields) when --cpc is given.",
                "Both layouts are read, each table recognised by its header: the g_ tables (2022 on) and the"
                        + " earlier patent.tsv, rawinventor.tsv (with --raw-locations rawlocation.tsv),"
                        + " location.tsv, cpc_current.tsv."})
public final class ImportPatentsViewCommand implements Callable<Integer> {
    @Mixin
    PatentsViewTableOptions tables;

    @Mixin
    RealDataTargetOptions target;

    @Override
    public Integer call() {
        PatentsViewTableOptions t = tables;
        return RealDataImportRunner.run(() -> new PatentsViewImport(local(t.patents()), local(t.inventors()),
                        local(t.rawLocations()), local(t.locations()), local(t.cpc()), target.skipBad,
                        Progress.to(System.err)).withAssignees(local(t.assignees())),
                target.out, target.force, target.append, target.title, System.err);
    }
}
