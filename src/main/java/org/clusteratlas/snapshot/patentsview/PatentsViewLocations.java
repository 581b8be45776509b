package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The desktop importer's geocoded locations, in memory: the locations table read with {@link LocationRule}
 * (and before 2022 the raw locations table with {@link RawLocationRule}), indexed so that each inventor row's
 * place is found in constant time. Raw location ids are kept as 64-bit hashes (8 bytes each instead of a
 * string), and only for raw locations that have coordinates. Read on its own thread while the patents table
 * is read, and stops at its next row when {@code stop} says so.
 */
final class PatentsViewLocations {
    private final Map<String, Integer> index = new HashMap<>();
    private double[] lat = new double[1 << 10];
    private double[] lon = new double[1 << 10];
    private final List<String> country = new ArrayList<>();
    private final List<String> city = new ArrayList<>();
    private final LongIntHashMap rawIndex = new LongIntHashMap(1 << 16);
    private long withoutCoordinates;
    private long invalidCountries;

    /** Reads the locations (and raw locations, when given) tables. */
    static PatentsViewLocations read(SourceFile locations, SourceFile rawLocations, BooleanSupplier stop,
                                     BadLines bad, Progress progress) throws SnapshotException {
        PatentsViewLocations l = new PatentsViewLocations();
        l.readLocations(locations, stop, bad, progress);
        if (rawLocations != null && !stop.getAsBoolean()) {
            l.readRawLocations(rawLocations, stop, bad, progress);
        }
        return l;
    }

    private void readLocations(SourceFile file, BooleanSupplier stop, BadLines bad, Progress progress)
            throws SnapshotException {
        try (DelimitedTable t = DelimitedTable.openAny(file, '\t', LocationRule.LAYOUTS, bad, progress,
                "locations " + file.path().getFileName())) {
            LocationRule rule = new LocationRule(t.header());
            while (!stop.getAsBoolean() && t.next()) {
                RowOutcome<LocationRule.Location> o = rule.apply(t);
                if (!o.kept()) {
                    bad.reject(file.path(), t.line(), o.problem());
                    continue;
                }
                LocationRule.Location l = o.value();
                if (!l.located()) {
                    withoutCoordinates++;
                }
                int i = index.size();
                if (index.putIfAbsent(l.id(), i) != null) {
                    continue; // a repeated id: the first row counts
                }
                if (i == lat.length) {
                    lat = Arrays.copyOf(lat, i * 2);
                    lon = Arrays.copyOf(lon, i * 2);
                }
                lat[i] = l.lat();
                lon[i] = l.lon();
                if (l.invalidCountry()) {
                    invalidCountries++;
                }
                country.add(l.country() == null ? null : l.country().intern());
                city.add(l.city() == null ? null : l.city().intern());
            }
            if (!stop.getAsBoolean()) {
                t.finish();
            }
        }
    }

    private void readRawLocations(SourceFile file, BooleanSupplier stop, BadLines bad, Progress progress)
            throws SnapshotException {
        try (DelimitedTable t = DelimitedTable.openAny(file, '\t', RawLocationRule.LAYOUTS, bad, progress,
                "raw locations " + file.path().getFileName())) {
            RawLocationRule rule = new RawLocationRule(t.header());
            while (!stop.getAsBoolean() && t.next()) {
                RowOutcome<RawLocationRule.RawLocation> o = rule.apply(t);
                if (!o.kept()) {
                    bad.reject(file.path(), t.line(), o.problem());
                    continue;
                }
                int loc = geocoded(o.value().locationId());
                if (loc >= 0) {
                    rawIndex.put(o.value().key(), loc); // a repeated raw id: the last row that geocodes counts
                }
            }
            if (!stop.getAsBoolean()) {
                t.finish();
            }
        }
    }

    /** Location index of a geocoded location id if it has coordinates, else -1. */
    int geocoded(String locationId) {
        if (locationId.isEmpty()) {
            return -1;
        }
        Integer i = index.get(locationId);
        return i == null || Double.isNaN(lat[i]) ? -1 : i;
    }

    /** Location index of an inventor row's place if it has coordinates, else -1. */
    int place(InventorRule.Inventor inventor, boolean legacy) {
        if (!legacy) {
            return geocoded(inventor.location());
        }
        return inventor.rawPlace() == 0 ? -1 : rawIndex.get(inventor.rawPlace(), -1);
    }

    double lat(int i) {
        return lat[i];
    }

    double lon(int i) {
        return lon[i];
    }

    String country(int i) {
        return country.get(i);
    }

    String city(int i) {
        return city.get(i);
    }

    long withoutCoordinates() {
        return withoutCoordinates;
    }

    long invalidCountries() {
        return invalidCountries;
    }
}
