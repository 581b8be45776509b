package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.SnapshotContract;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which works an import keeps: one line of a works file gives a work to keep (its packed id, and whether its
 * pre-2023 Crossref type was mapped), or a bad line (unparsable, no or another entity's id, a year or field
 * outside the snapshot contract), or a work passed over: of another type (with the type, for the report's
 * breakdown), without a year, or outside the years (with its year). A work repeated across the files then
 * counts once, at its first kept line ({@link OpenAlexReport#REPEATED}), and a kept work without authorships
 * is left out ({@link OpenAlexReport#NO_AUTHORSHIPS}). Applied by the desktop importer and the Spark builder's
 * executors.
 */
public final class WorkRule implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * What the rule said of one work.
     *
     * @param problem    why the line is bad, else null
     * @param passedOver the report label of a work passed over, else null
     * @param type       the work's type, for {@link OpenAlexReport#OTHER_TYPES}
     * @param year       the work's year
     * @param mapped     whether the work is of a kept type given in Crossref's words, mapped
     *                   ({@link OpenAlexReport#MAPPED_TYPES}, counted whatever the outcome)
     */
    public record Outcome(long key, String problem, String passedOver, String type, int year, boolean mapped)
            implements Serializable {
        public boolean kept() {
            return problem == null && passedOver == null;
        }

        static Outcome bad(String problem) {
            return new Outcome(OpenAlexIds.INVALID, problem, null, null, 0, false);
        }

        static Outcome passOver(String label, String type, int year) {
            return new Outcome(OpenAlexIds.INVALID, null, label, type, year, false);
        }
    }

    private final Set<String> types;
    private final int fromYear;
    private final int toYear;

    /**
     * @param types    work types to import, compared case-insensitively in the current vocabulary (a pre-2023
     *                 Crossref type given here is mapped the same way)
     * @param fromYear first publication year to import, or {@link Integer#MIN_VALUE}
     * @param toYear   last publication year to import, or {@link Integer#MAX_VALUE}
     */
    public WorkRule(Set<String> types, int fromYear, int toYear) {
        this.types = types.stream().map(WorkTypes::current).collect(Collectors.toCollection(LinkedHashSet::new));
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /** The types kept, in the current vocabulary. */
    public Set<String> types() {
        return types;
    }

    /** @param problem why the line could not be parsed, or null */
    public Outcome apply(OpenAlexWork work, String problem) {
        if (problem != null) {
            return Outcome.bad(problem);
        }
        String workId = work.id;
        long key = OpenAlexIds.parse(workId, 'W');
        if (key == OpenAlexIds.INVALID) {
            return Outcome.bad(workId == null ? "missing work id"
                    : "not a work id: '" + workId + "'" + InstitutionRule.wrongFile(workId, 'I', "--institutions"));
        }
        String type = work.type == null ? "(no type)" : work.type.strip().toLowerCase(Locale.ROOT);
        String current = WorkTypes.current(type);
        if (!types.contains(current)) {
            return Outcome.passOver(OpenAlexReport.OTHER_TYPES, type, work.year);
        }
        boolean mapped = !current.equals(type); // counted for every work of a kept type, whatever follows
        int workYear = work.year;
        if (workYear == Integer.MIN_VALUE) {
            return new Outcome(OpenAlexIds.INVALID, null, OpenAlexReport.NO_YEAR, type, workYear, mapped);
        }
        String invalid = SnapshotContract.yearProblem(workYear);
        if (invalid == null) {
            invalid = SnapshotContract.fieldProblem(work.field());
        }
        if (invalid != null) {
            return new Outcome(OpenAlexIds.INVALID, invalid, null, type, workYear, mapped);
        }
        if (workYear < fromYear || workYear > toYear) {
            return new Outcome(OpenAlexIds.INVALID, null, OpenAlexReport.OUTSIDE_YEARS, type, workYear, mapped);
        }
        return new Outcome(key, null, null, type, workYear, mapped);
    }
}
