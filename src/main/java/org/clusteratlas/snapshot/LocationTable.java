package org.clusteratlas.snapshot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot in memory: unique locations (identical coordinates merged) in primitive arrays, each carrying
 * its activity aggregated per (kind, year, field). No object per address, so 10M addresses fit in a
 * laptop's heap, and any {@link WeightFilter} is applied by one pass over the entries, never by a query.
 *
 * <p>Entries of location {@code i} are {@code entryStart[i] .. entryStart[i+1]-1}. Field and country
 * indices point into {@link #fields()} and {@link #countries()}, {@code -1} meaning none. The arrays are
 * shared, not copied: treat them as read-only.
 */
public final class LocationTable {
    private final double[] lat;
    private final double[] lon;
    private final int[] country;
    private final int[] city;
    private final int[] entryStart;
    private final byte[] entryKind;
    private final short[] entryYear;
    private final short[] entryField;
    private final double[] entryWeight;
    private final byte[] unlocatedKind;
    private final short[] unlocatedYear;
    private final short[] unlocatedField;
    private final double[] unlocatedWeight;
    private final List<String> countries;
    private final List<String> cities;
    private final List<String> fields;
    private final int minYear;
    private final int maxYear;

    @SuppressWarnings("checkstyle:ParameterNumber")
    LocationTable(double[] lat, double[] lon, int[] country, int[] city, int[] entryStart, byte[] entryKind,
                  short[] entryYear, short[] entryField, double[] entryWeight, byte[] unlocatedKind,
                  short[] unlocatedYear, short[] unlocatedField, double[] unlocatedWeight,
                  List<String> countries, List<String> cities, List<String> fields) {
        this.lat = lat;
        this.lon = lon;
        this.country = country;
        this.city = city;
        this.entryStart = entryStart;
        this.entryKind = entryKind;
        this.entryYear = entryYear;
        this.entryField = entryField;
        this.entryWeight = entryWeight;
        this.unlocatedKind = unlocatedKind;
        this.unlocatedYear = unlocatedYear;
        this.unlocatedField = unlocatedField;
        this.unlocatedWeight = unlocatedWeight;
        this.countries = List.copyOf(countries);
        this.cities = List.copyOf(cities);
        this.fields = List.copyOf(fields);
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (short y : entryYear) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        for (short y : unlocatedYear) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        this.minYear = lo == Integer.MAX_VALUE ? 0 : lo;
        this.maxYear = hi == Integer.MIN_VALUE ? 0 : hi;
    }

    /** Number of unique locations. */
    public int size() {
        return lat.length;
    }

    public double lat(int location) {
        return lat[location];
    }

    public double lon(int location) {
        return lon[location];
    }

    /** ISO-2 country of a location, or null. */
    public String country(int location) {
        int c = country[location];
        return c < 0 ? null : countries.get(c);
    }

    public int countryIndex(int location) {
        return country[location];
    }

    /** City name recorded for a location, or null. */
    public String city(int location) {
        int c = city[location];
        return c < 0 ? null : cities.get(c);
    }

    public List<String> countries() {
        return countries;
    }

    public List<String> fields() {
        return fields;
    }

    public int minYear() {
        return minYear;
    }

    public int maxYear() {
        return maxYear;
    }

    public int entryStart(int location) {
        return entryStart[location];
    }

    public int entryEnd(int location) {
        return entryStart[location + 1];
    }

    public int entryCount() {
        return entryWeight.length;
    }

    public DocumentKind entryKind(int entry) {
        return DocumentKind.values()[entryKind[entry]];
    }

    public int entryYear(int entry) {
        return entryYear[entry];
    }

    /** Field index of an entry into {@link #fields()}, or -1. */
    public int entryField(int entry) {
        return entryField[entry];
    }

    public double entryWeight(int entry) {
        return entryWeight[entry];
    }

    /** Number of (kind, year, field) groups of unlocated shares. */
    public int unlocatedCount() {
        return unlocatedWeight.length;
    }

    public DocumentKind unlocatedKind(int u) {
        return DocumentKind.values()[unlocatedKind[u]];
    }

    public int unlocatedYear(int u) {
        return unlocatedYear[u];
    }

    /** Field index into {@link #fields()}, or -1. */
    public int unlocatedField(int u) {
        return unlocatedField[u];
    }

    public double unlocatedWeight(int u) {
        return unlocatedWeight[u];
    }

    /** City names, indexed as the locations' city codes. */
    List<String> cities() {
        return cities;
    }

    /** Total located plus unlocated weight of a kind, unfiltered: the number of documents of that kind. */
    public double total(DocumentKind kind) {
        LocationWeights w = weigh(WeightFilter.all());
        return w.total(kind);
    }

    /** Filtered weight per location and kind, plus filtered totals including unlocated shares. */
    public LocationWeights weigh(WeightFilter filter) {
        int n = size();
        double[] pat = new double[n];
        double[] pub = new double[n];
        boolean[] fieldOk = acceptedFields(filter.fields());
        boolean[] countryOk = acceptedCountries(filter.countries());
        boolean patents = filter.kinds().contains(DocumentKind.PATENT);
        boolean pubs = filter.kinds().contains(DocumentKind.PUBLICATION);
        double totalPat = 0;
        double totalPub = 0;
        for (int i = 0; i < n; i++) {
            if (countryOk != null && (country[i] < 0 || !countryOk[country[i]])) {
                continue;
            }
            double p = 0;
            double q = 0;
            for (int e = entryStart[i], end = entryStart[i + 1]; e < end; e++) {
                if (!filter.acceptsYear(entryYear[e]) || !fieldAccepted(fieldOk, entryField[e])) {
                    continue;
                }
                if (entryKind[e] == 0) {
                    p += entryWeight[e];
                } else {
                    q += entryWeight[e];
                }
            }
            pat[i] = patents ? p : 0;
            pub[i] = pubs ? q : 0;
            totalPat += pat[i];
            totalPub += pub[i];
        }
        if (countryOk == null) {
            for (int u = 0; u < unlocatedWeight.length; u++) {
                if (!filter.acceptsYear(unlocatedYear[u]) || !fieldAccepted(fieldOk, unlocatedField[u])) {
                    continue;
                }
                if (unlocatedKind[u] == 0) {
                    totalPat += patents ? unlocatedWeight[u] : 0;
                } else {
                    totalPub += pubs ? unlocatedWeight[u] : 0;
                }
            }
        }
        return new LocationWeights(filter, pat, pub, totalPat, totalPub);
    }

    private static boolean fieldAccepted(boolean[] fieldOk, int field) {
        return fieldOk == null || (field >= 0 && fieldOk[field]);
    }

    private boolean[] acceptedFields(Set<String> wanted) {
        if (wanted == null) {
            return null;
        }
        boolean[] ok = new boolean[fields.size()];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = wanted.contains(fields.get(i));
        }
        return ok;
    }

    private boolean[] acceptedCountries(Set<String> wanted) {
        if (wanted == null) {
            return null;
        }
        boolean[] ok = new boolean[countries.size()];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = wanted.contains(countries.get(i));
        }
        return ok;
    }

    /**
     * Builds a table from addresses. Identical coordinates become one location (the first country and city
     * given for them are kept); identical (location, kind, year, field) entries are summed, in the order they
     * were added. The same builder aggregates in the loader (v1 rows) and in {@link SnapshotWriter} (the stored
     * summary), so both produce the same table bit for bit. Entries are summed in a primitive hash keyed by
     * (location, kind, year, field): its memory follows the distinct entries (about a third of the addresses
     * at 10M rows), not the addresses.
     */
    public static final class Builder {
        private record Coordinates(double lat, double lon) {
        }

        private final Map<Coordinates, Integer> locationByCoordinates = new HashMap<>();
        private final NameCodes countryNames = new NameCodes();
        private final NameCodes cityNames = new NameCodes();
        private final NameCodes fieldNames = new NameCodes();
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private int[] country = new int[1024];
        private int[] city = new int[1024];
        private int locations;
        private final LongDoubleAccumulator entries = new LongDoubleAccumulator();
        private final LongDoubleAccumulator unlocated = new LongDoubleAccumulator();

        /** Index of the location at these coordinates, created on first use. */
        public int location(double latitude, double longitude, String countryCode, String cityName) {
            // + 0.0 turns -0.0 into 0.0, as SQLite does when it stores a whole REAL as an integer
            Coordinates key = new Coordinates(latitude + 0.0, longitude + 0.0);
            Integer found = locationByCoordinates.get(key);
            if (found != null) {
                return found;
            }
            int id = newLocation(key.lat(), key.lon(), countryCode, cityName);
            locationByCoordinates.put(key, id);
            return id;
        }

        private int newLocation(double latitude, double longitude, String countryCode, String cityName) {
            if (locations == lat.length) {
                int cap = lat.length * 2;
                lat = Arrays.copyOf(lat, cap);
                lon = Arrays.copyOf(lon, cap);
                country = Arrays.copyOf(country, cap);
                city = Arrays.copyOf(city, cap);
            }
            int id = locations++;
            lat[id] = latitude;
            lon[id] = longitude;
            country[id] = countryNames.code(countryCode);
            city[id] = cityNames.code(cityName);
            return id;
        }

        /** Index of a field name, created on first use; -1 for null or blank. */
        public int field(String name) {
            return fieldNames.code(name);
        }

        /** Adds {@code weight} of a document of this kind, year and field (index from {@link #field}) here. */
        public Builder add(int location, DocumentKind kind, int year, int field, double weight) {
            if (location < 0 || location >= locations) {
                throw new IllegalArgumentException("no location " + location);
            }
            entries.add(key(location, kind, year, field), weight);
            return this;
        }

        /** Convenience for tests and generators: one address with its share. */
        public Builder add(double latitude, double longitude, DocumentKind kind, int year, String fieldName,
                           double weight, String countryCode, String cityName) {
            return add(location(latitude, longitude, countryCode, cityName), kind, year, field(fieldName), weight);
        }

        /** Adds the share of a document that has no geocoded address. */
        public Builder addUnlocated(DocumentKind kind, int year, int field, double weight) {
            unlocated.add(key(0, kind, year, field), weight);
            return this;
        }

        /** Location in the high half, then kind, year, field so that sorted keys give the table's order. */
        private static long key(int location, DocumentKind kind, int year, int field) {
            return ((long) location << 32) | (entryKey(kind, year, field) & 0xFFFF_FFFFL);
        }

        /** kind (1 bit), year (16 bits), field + 1 (15 bits) in one int. */
        static int entryKey(DocumentKind kind, int year, int field) {
            if (year < 0 || year > 0xFFFF || field < -1 || field >= 0x7FFF) {
                throw new IllegalArgumentException("year " + year + " or field " + field + " out of range");
            }
            return (kind.ordinal() << 31) | (year << 15) | (field + 1);
        }

        public int locationCount() {
            return locations;
        }

        /** Number of distinct field names so far. */
        public int fieldCount() {
            return fieldNames.size();
        }

        public LocationTable build() {
            long[] keys = entries.sortedKeys();
            int m = keys.length;
            int[] start = new int[locations + 1];
            byte[] kind = new byte[m];
            short[] year = new short[m];
            short[] field = new short[m];
            double[] weight = new double[m];
            for (int e = 0; e < m; e++) {
                long k = keys[e];
                start[(int) (k >>> 32) + 1]++;
                kind[e] = (byte) ((k >>> 31) & 1);
                year[e] = (short) ((k >>> 15) & 0xFFFF);
                field[e] = (short) ((k & 0x7FFF) - 1);
                weight[e] = entries.get(k);
            }
            for (int l = 0; l < locations; l++) {
                start[l + 1] += start[l];
            }
            long[] ukeys = unlocated.sortedKeys();
            byte[] ukind = new byte[ukeys.length];
            short[] uyear = new short[ukeys.length];
            short[] ufield = new short[ukeys.length];
            double[] uweight = new double[ukeys.length];
            for (int u = 0; u < ukeys.length; u++) {
                long k = ukeys[u];
                ukind[u] = (byte) ((k >>> 31) & 1);
                uyear[u] = (short) ((k >>> 15) & 0xFFFF);
                ufield[u] = (short) ((k & 0x7FFF) - 1);
                uweight[u] = unlocated.get(k);
            }
            return new LocationTable(Arrays.copyOf(lat, locations), Arrays.copyOf(lon, locations),
                    Arrays.copyOf(country, locations), Arrays.copyOf(city, locations), start, kind, year, field,
                    weight, ukind, uyear, ufield, uweight, countryNames.names(), cityNames.names(), fieldNames.names());
        }
    }
}
