package org.clusteratlas.snapshot;

import java.util.Locale;

/**
 * What a snapshot may hold, defined once: the reader refuses, {@link SnapshotWriter} refuses to write, every
 * importer rejects (naming the line) and the parameter specs bound themselves by exactly these rules, so that
 * whatever imports also opens, and whatever opens can be ranked with any parameter its data allows.
 *
 * <p>Each {@code ...Problem} method returns why a value is not allowed, as a short phrase for a message that
 * names the file and row, or null when the value is fine. docs/snapshot-format.md states the same bounds.
 */
public final class SnapshotContract {
    /**
     * The earliest year a document may carry. Scientific journals go back to the 1660s and US patents to
     * 1790; 1600 keeps every real publication or patent and still catches a date typed as a year.
     */
    public static final int MIN_YEAR = 1600;
    /** The latest year a document may carry: far enough ahead for any real data, near enough to catch typos. */
    public static final int MAX_YEAR = 2100;
    /** Longest field or source id; longer text is damage (a whole record pasted into one column). */
    public static final int MAX_TEXT_LENGTH = 500;

    private SnapshotContract() {
    }

    /** Why a document year is not allowed, or null. */
    public static String yearProblem(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR ? null
                : "implausible year " + year + " (expected " + MIN_YEAR + "-" + MAX_YEAR + ")";
    }

    /** Why a latitude in decimal degrees is not allowed (NaN and infinities are not), or null. */
    public static String latitudeProblem(double lat) {
        return lat >= -90 && lat <= 90 ? null : "latitude " + lat + " outside [-90, 90]";
    }

    /** Why a longitude in decimal degrees is not allowed, or null. */
    public static String longitudeProblem(double lon) {
        return lon >= -180 && lon <= 180 ? null : "longitude " + lon + " outside [-180, 180]";
    }

    /** Why the share of one address is not allowed ({@code 0 < share <= 1}), or null. */
    public static String shareProblem(double share) {
        return share > 0 && share <= 1 ? null : "share " + share + " outside (0, 1]";
    }

    /** Why the unlocated share of a document is not allowed ({@code 0 <= share <= 1}), or null. */
    public static String unlocatedShareProblem(double share) {
        return share >= 0 && share <= 1 ? null : "unlocated_share " + share + " outside [0, 1]";
    }

    /** Why located plus unlocated shares of a document do not make one document, or null. */
    public static String shareSumProblem(double sum) {
        return Math.abs(sum - 1) <= SnapshotSchema.SHARE_TOLERANCE ? null
                : "shares sum to " + sum + ", not 1 within " + SnapshotSchema.SHARE_TOLERANCE;
    }

    /** A kind code as stored or typed ("patent", " Publication"), or null when it is neither kind. */
    public static DocumentKind kind(String code) {
        return DocumentKind.fromCode(code);
    }

    /** Why a kind code is not allowed, or null. */
    public static String kindProblem(String code) {
        return kind(code) != null ? null : "unknown kind " + quoted(code) + " (expected 'patent' or 'publication')";
    }

    /**
     * A country code as stored: upper case without blanks ("de " becomes "DE"); null for a missing (null or
     * blank) one. The result may still be invalid: check it with {@link #countryProblem}.
     */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Why a country code (after {@link #country}) is not an ISO 3166-1 alpha-2 code, or null (also for none). */
    public static String countryProblem(String code) {
        if (code == null) {
            return null;
        }
        boolean iso2 = code.length() == 2 && letter(code.charAt(0)) && letter(code.charAt(1));
        return iso2 ? null : "country " + quoted(code) + " is not an ISO 3166-1 alpha-2 code";
    }

    /** A field name as stored: without surrounding blanks; null for a missing (null or blank) one. */
    public static String field(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** Why a field name (after {@link #field}) is not allowed (control characters, too long), or null. */
    public static String fieldProblem(String name) {
        return textProblem("field", name);
    }

    /** Why a source id (the document's id in its source data) is not allowed: it must be present, or null. */
    public static String sourceIdProblem(String id) {
        if (id == null || id.isBlank()) {
            return "missing source id";
        }
        return textProblem("source id", id);
    }

    private static String textProblem(String what, String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return what + " longer than " + MAX_TEXT_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return what + " " + quoted(text.replaceAll("\\p{Cntrl}", "?")) + " holds a control character";
            }
        }
        return null;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static String quoted(String s) {
        return s == null ? "NULL" : "'" + s + "'";
    }
}
