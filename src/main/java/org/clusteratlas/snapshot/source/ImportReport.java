package org.clusteratlas.snapshot.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did, for the user to judge the result: documents and addresses written, how much of the
 * documents could not be placed on the map (kept as unlocated shares), what was skipped and why, and the
 * first bad lines. Importers add their own counters under readable labels.
 */
public final class ImportReport {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<String> badLines = new ArrayList<>();
    private long documents;
    private long addresses;
    private long unlocatedAddresses;
    private double unlocatedShare;
    private long badLineCount;

    public void document() {
        documents++;
    }

    public void address() {
        addresses++;
    }

    /** An address (inventor, authorship, or part of one) that could not be geocoded, carrying {@code share}. */
    public void unlocated(double share) {
        unlocatedAddresses++;
        unlocatedShare += share;
    }

    /** Adds to a labelled counter (e.g. "patents without inventors"). */
    public void count(String label, long n) {
        counts.merge(label, n, Long::sum);
    }

    public void badLines(BadLines bad) {
        badLineCount += bad.count();
        for (String s : bad.first()) {
            if (badLines.size() < BadLines.KEPT) {
                badLines.add(s);
            }
        }
    }

    public long documents() {
        return documents;
    }

    public long addresses() {
        return addresses;
    }

    public long unlocatedAddresses() {
        return unlocatedAddresses;
    }

    /** Sum of the unlocated shares: the number of documents' worth of activity that has no place. */
    public double unlocatedShare() {
        return unlocatedShare;
    }

    public long badLineCount() {
        return badLineCount;
    }

    public List<String> firstBadLines() {
        return List.copyOf(badLines);
    }

    public long count(String label) {
        return counts.getOrDefault(label, 0L);
    }

    /** A few lines for stderr or a dialog. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d documents, %,d addresses written%n", documents, addresses));
        sb.append(String.format(Locale.ROOT,
                "%,d addresses without coordinates, kept as unlocated shares (%,.2f documents' worth, %.2f%%)%n",
                unlocatedAddresses, unlocatedShare, documents == 0 ? 0 : 100 * unlocatedShare / documents));
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() != 0) {
                sb.append(String.format(Locale.ROOT, "%,d %s%n", e.getValue(), e.getKey()));
            }
        }
        if (badLineCount > 0) {
            sb.append(BadLines.report(badLineCount, badLines)).append(System.lineSeparator());
        }
        return sb.toString().stripTrailing();
    }
}
