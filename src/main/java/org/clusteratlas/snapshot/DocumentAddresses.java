package org.clusteratlas.snapshot;

import java.util.List;

/**
 * Every document with its addresses, in primitive arrays: what cluster profiles need beyond the per-location
 * sums of a {@link LocationTable} (which document was where, in how many countries, for which organisation).
 * Loaded on demand by {@link DocumentAddressReader}, separately from the table, so that opening a snapshot
 * stays as fast as before and the table's layout stays free to change.
 *
 * <p>Addresses of document {@code d} are {@code start(d) .. end(d)-1}; their locations are indices of the
 * {@link LocationTable} the structure was read against, their fields indices into its {@code fields()}, their
 * organisations indices into {@link #organizations()} ({@code -1} = none). Several addresses of a document may
 * share a location (two inventors in one city, or one inventor split between two assignees). Read-only.
 */
public final class DocumentAddresses {
    private final byte[] kind;
    private final short[] year;
    private final short[] field;
    private final double[] unlocated;
    private final boolean[] international;
    private final int[] start;
    private final int[] location;
    private final double[] share;
    private final int[] organization;
    private final List<String> organizations;

    @SuppressWarnings("checkstyle:ParameterNumber")
    DocumentAddresses(byte[] kind, short[] year, short[] field, double[] unlocated, boolean[] international,
                      int[] start, int[] location, double[] share, int[] organization, List<String> organizations) {
        this.kind = kind;
        this.year = year;
        this.field = field;
        this.unlocated = unlocated;
        this.international = international;
        this.start = start;
        this.location = location;
        this.share = share;
        this.organization = organization;
        this.organizations = List.copyOf(organizations);
    }

    /** Number of documents. */
    public int size() {
        return kind.length;
    }

    /** Number of address rows. */
    public int addressCount() {
        return location.length;
    }

    public DocumentKind kind(int document) {
        return DocumentKind.values()[kind[document]];
    }

    /** 0 for patents, 1 for publications: the ordinal of {@link #kind}, without the enum lookup. */
    public int kindOrdinal(int document) {
        return kind[document];
    }

    public int year(int document) {
        return year[document];
    }

    /** Field index into the table's {@code fields()}, or -1. */
    public int field(int document) {
        return field[document];
    }

    /** The part of the document with no geocoded address. */
    public double unlocated(int document) {
        return unlocated[document];
    }

    /** Whether the document's located addresses lie in two or more countries (addresses without one add none). */
    public boolean international(int document) {
        return international[document];
    }

    public int start(int document) {
        return start[document];
    }

    public int end(int document) {
        return start[document + 1];
    }

    /** Location (table index) of an address. */
    public int location(int address) {
        return location[address];
    }

    public double share(int address) {
        return share[address];
    }

    /** Organisation index of an address into {@link #organizations()}, or -1. */
    public int organization(int address) {
        return organization == null ? -1 : organization[address];
    }

    /** Organisation names; empty when the snapshot has none (a v1 file without the optional table). */
    public List<String> organizations() {
        return organizations;
    }
}
