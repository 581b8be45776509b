package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.source.RowOutcome;

import java.io.Serializable;

/**
 * What one line of an institutions file gives: the institution (coordinates NaN when outside the snapshot
 * contract, so works there are unlocated; the contract's country code, none for a value that is not one,
 * flagged; city; name, the organisation of its addresses), or a bad line (unparsable, no or another entity's
 * id). An institution repeated across the files is its first line's. Applied by the desktop importer and the
 * Spark builder's executors.
 */
public final class InstitutionRule {
    /** A kept institution, by its packed id. */
    public record Institution(long key, double lat, double lon, String country, String city, String organization,
                              boolean invalidCountry) implements Serializable {
        /** Whether works there have coordinates. */
        public boolean located() {
            return !Double.isNaN(lat);
        }
    }

    private InstitutionRule() {
    }

    /** @param problem why the line could not be parsed, or null */
    public static RowOutcome<Institution> apply(OpenAlexInstitution inst, String problem) {
        if (problem != null) {
            return RowOutcome.bad(problem);
        }
        long key = OpenAlexIds.parse(inst.id(), 'I');
        if (key == OpenAlexIds.INVALID) {
            return RowOutcome.bad(inst.id() == null ? "missing institution id"
                    : "not an institution id: '" + inst.id() + "'" + wrongFile(inst.id(), 'W', "--works"));
        }
        double lat = inst.lat();
        if (SnapshotContract.latitudeProblem(lat) != null || SnapshotContract.longitudeProblem(inst.lon()) != null) {
            lat = Double.NaN;
        }
        String code = SnapshotContract.country(inst.country());
        boolean invalid = SnapshotContract.countryProblem(code) != null;
        String c = inst.city();
        String org = inst.name();
        return RowOutcome.keep(new Institution(key, lat, inst.lon(), invalid ? null : code,
                c == null || c.isBlank() ? null : c.strip(), org == null || org.isBlank() ? null : org.strip(),
                invalid));
    }

    /** Says which option a file of the other entity belongs to, when an id shows it ("W..." given as an institution). */
    static String wrongFile(String id, char other, String option) {
        return OpenAlexIds.parse(id, other) == OpenAlexIds.INVALID ? "" : " (a file for " + option + "?)";
    }
}
