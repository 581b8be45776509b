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
                + " first CPC code (WIPO's 35 fields) when --cpc is given.",
                "Both layouts are read, each table recognised by its header: the g_ tables (2022 on) and the"
                        + " earlier patent.tsv, rawinventor.tsv (with --raw-locations rawlocation.tsv),"
                        + " location.tsv, cpc_current.tsv."})
public final class ImportPatentsViewCommand implements Callable<Integer> {
    @Option(names = "--patents", required = true, paramLabel = "g_patent.tsv",
            description = "Patents table (g_patent.tsv, or patent.tsv before 2022).")
    Path patents;

    @Option(names = "--inventors", required = true, paramLabel = "g_inventor_disambiguated.tsv",
            description = "Inventors table (g_inventor_disambiguated.tsv, or rawinventor.tsv before 2022).")
    Path inventors;

    @Option(names = "--raw-locations", paramLabel = "rawlocation.tsv",
            description = "Before 2022 only: the raw locations table, linking rawinventor.tsv to location.tsv.")
    Path rawLocations;

    @Option(names = "--locations", required = true, paramLabel = "g_location_disambiguated.tsv",
            description = "Geocoded locations table (g_location_disambiguated.tsv, or location.tsv before 2022).")
    Path locations;

    @Option(names = "--cpc", paramLabel = "g_cpc_current.tsv",
            description = "Current CPC table (g_cpc_current.tsv, or cpc_current.tsv before 2022; optional).")
    Path cpc;

    @Mixin
    RealDataTargetOptions target;

    @Override
    public Integer call() {
        return RealDataImportRunner.run(() -> new PatentsViewImport(patents, inventors, rawLocations, locations, cpc,
                target.skipBad, Progress.to(System.err)), target.out, target.force, target.append, target.title,
                System.err);
    }
}
