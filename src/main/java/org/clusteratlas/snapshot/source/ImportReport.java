package org.clusteratlas.snapshot.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did, for the user to judge the result: documents and addresses written, how much of the
 * documents could not be placed on the map (kept as unlocated shares), what was left out and why, and the
 * first bad lines. Importers add their own counters under readable labels.
 *
 * <p>Records left out (by type, by year, without authorships or inventors...) are kept apart from neutral
 * counters, with a breakdown (which types) and the option that would keep them, so that an import that
 * writes nothing can say which reason emptied it and what to change ({@link #emptyExplanation()}).
 */
public final class ImportReport {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, LeftOut> leftOut = new LinkedHashMap<>();
    private String coordinateHint;
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

    /**
     * Counts a record left out, under {@code label} (e.g. "works of other types left out"), with an optional
     * {@code detail} for the breakdown (e.g. the type "grant"), or null.
     */
    public void leftOut(String label, String detail) {
        counts.merge(label, 1L, Long::sum);
        LeftOut l = leftOut.computeIfAbsent(label, k -> new LeftOut());
        l.count++;
        if (detail != null) {
            l.details.merge(detail, 1L, Long::sum);
        }
    }

    /** Adds {@code n} records left out under {@code label} with the breakdown's {@code detail} (a parallel reader's sum). */
    public void leftOut(String label, String detail, long n) {
        if (n > 0) {
            counts.merge(label, n, Long::sum);
            LeftOut l = leftOut.computeIfAbsent(label, k -> new LeftOut());
            l.count += n;
            l.details.merge(detail, n, Long::sum);
        }
    }

    /** Adds {@code n} records left out under {@code label}, without a breakdown. */
    public void leftOut(String label, long n) {
        if (n > 0) {
            counts.merge(label, n, Long::sum);
            leftOut.computeIfAbsent(label, k -> new LeftOut()).count += n;
        }
    }

    /** What would keep the records left out under {@code label} (e.g. "--types article,grant keeps them"). */
    public void remedy(String label, String remedy) {
        LeftOut l = leftOut.get(label);
        if (l != null) {
            l.remedy = remedy;
        }
    }

    /** Why the documents written have no coordinates, when none of them could be placed. */
    public void coordinateHint(String hint) {
        this.coordinateHint = hint;
    }

    /** The breakdown of the records left out under {@code label} (e.g. type -> count), largest first. */
    public Map<String, Long> leftOutDetails(String label) {
        LeftOut l = leftOut.get(label);
        return l == null ? Map.of() : l.sortedDetails();
    }

    /**
     * Why an import wrote nothing to rank: the reasons records were left out, largest first, each with its
     * breakdown and the option that would change it (the error of an import that wrote no document); or, when
     * documents were written but none could be placed, why they have no coordinates (a warning: the documents
     * still count in the totals).
     */
    public String emptyExplanation() {
        if (documents > 0) {
            return String.format(Locale.ROOT, "nothing to place: none of the %,d documents imported has an address"
                    + " with coordinates", documents) + (coordinateHint == null ? "" : " (" + coordinateHint + ")");
        }
        StringBuilder sb = new StringBuilder("nothing to write: no document was imported");
        List<Map.Entry<String, LeftOut>> reasons = new ArrayList<>(leftOut.entrySet());
        reasons.sort((a, b) -> Long.compare(b.getValue().count, a.getValue().count));
        String sep = ": ";
        for (Map.Entry<String, LeftOut> e : reasons) {
            sb.append(sep).append(e.getValue().describe(e.getKey()));
            sep = "; ";
        }
        if (badLineCount > 0) {
            sb.append(sep).append(String.format(Locale.ROOT, "%,d bad line%s skipped (--skip-bad)", badLineCount,
                    badLineCount == 1 ? "" : "s"));
        } else if (reasons.isEmpty()) {
            sb.append(": the input holds no record");
        }
        return sb.toString();
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
                LeftOut l = leftOut.get(e.getKey());
                sb.append(l == null ? String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey())
                        : l.describe(e.getKey())).append(System.lineSeparator());
            }
        }
        if (badLineCount > 0) {
            sb.append(BadLines.report(badLineCount, badLines)).append(System.lineSeparator());
        }
        if (documents > 0 && addresses == 0) {
            sb.append("warning: ").append(emptyExplanation()).append(System.lineSeparator());
        }
        return sb.toString().stripTrailing();
    }

    /** One reason records were left out: how many, which (e.g. by type), and what would keep them. */
    private static final class LeftOut {
        private final Map<String, Long> details = new LinkedHashMap<>();
        private long count;
        private String remedy;

        Map<String, Long> sortedDetails() {
            Map<String, Long> m = new LinkedHashMap<>();
            details.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        }

        String describe(String label) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d %s", count, label));
            if (!details.isEmpty()) {
                StringBuilder d = new StringBuilder();
                int shown = 0;
                for (Map.Entry<String, Long> e : sortedDetails().entrySet()) {
                    if (shown++ == 8) {
                        d.append(", ...");
                        break;
                    }
                    d.append(d.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", e.getKey(),
                            e.getValue()));
                }
                sb.append(" (").append(d).append(')');
            }
            if (remedy != null) {
                sb.append("; ").append(remedy);
            }
            return sb.toString();
        }
    }
}
