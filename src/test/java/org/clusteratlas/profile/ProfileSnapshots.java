package org.clusteratlas.profile;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.WeightFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-made snapshots for the profile figures: places far enough apart (hundreds of km) to be separate
 * clusters at a 10 km radius, minimum weights of 1, so that every figure can be computed by hand.
 */
public final class ProfileSnapshots {
    /** Munich, Germany. */
    public static final Place A = new Place(48.137, 11.575, "DE", "Munich");
    /** 1 km from A, with no country code (an address the geocoder could not give a country). */
    public static final Place A_NO_COUNTRY = new Place(48.146, 11.575, null, "Munich");
    /** Paris, France. */
    public static final Place B = new Place(48.8566, 2.3522, "FR", "Paris");
    /** Far from everything, in the US: weights below the minimum there stay noise. */
    public static final Place Z = new Place(39.74, -104.99, "US", "Denver");

    public static final double EPS_KM = 10;

    public record Place(double lat, double lon, String country, String city) {
    }

    /** One address of a document: where, what share, for which organisation (or null). */
    public record Address(Place place, double share, String organization) {
        public Address(Place place, double share) {
            this(place, share, null);
        }
    }

    /** A document and its addresses; what the addresses leave to 1 is unlocated. */
    public record Doc(DocumentKind kind, int year, String field, List<Address> addresses) {
        public static Doc patent(int year, String field, Address... addresses) {
            return new Doc(DocumentKind.PATENT, year, field, List.of(addresses));
        }

        public static Doc publication(int year, String field, Address... addresses) {
            return new Doc(DocumentKind.PUBLICATION, year, field, List.of(addresses));
        }
    }

    private ProfileSnapshots() {
    }

    /** 100, 110, 121, 133.1 patents in 2015-2018: +10% a year; the last 0.1 is a document 90% unlocated. */
    public static List<Doc> growingTenPercent() {
        List<Doc> docs = new ArrayList<>();
        int[] whole = {100, 110, 121, 133};
        for (int y = 0; y < whole.length; y++) {
            for (int i = 0; i < whole[y]; i++) {
                docs.add(Doc.patent(2015 + y, null, new Address(A, 1)));
            }
        }
        docs.add(Doc.patent(2018, null, new Address(A, 0.1)));
        return docs;
    }

    /**
     * A: 3 patents (DE). B: 3 patents (FR). X: a publication half at A, half at B (two countries, two clusters).
     * Y: a publication half at A, half 1 km away without country (one country: not international).
     * W: a patent half at A, half at Z (US, noise): international, but shared with no cluster.
     */
    public static List<Doc> twoCountriesTwoClusters() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(Doc.patent(2020, null, new Address(A, 1)));
            docs.add(Doc.patent(2020, null, new Address(B, 1)));
        }
        docs.add(Doc.publication(2020, null, new Address(A, 0.5), new Address(B, 0.5)));
        docs.add(Doc.publication(2020, null, new Address(A, 0.5), new Address(A_NO_COUNTRY, 0.5)));
        docs.add(Doc.patent(2020, null, new Address(A, 0.5), new Address(Z, 0.5)));
        return docs;
    }

    public static Path write(Path file, List<Doc> docs) throws Exception {
        Files.deleteIfExists(file);
        try (SnapshotWriter w = SnapshotWriter.create(file, true)) {
            w.title("profile fixture");
            w.synthetic(true);
            int n = 0;
            for (Doc d : docs) {
                double located = d.addresses().stream().mapToDouble(Address::share).sum();
                long id = w.addDocument("doc" + (++n), d.kind(), d.year(), d.field(), Math.max(0, 1 - located));
                for (Address a : d.addresses()) {
                    w.addAddress(id, a.place().lat(), a.place().lon(), a.share(), a.place().country(),
                            a.place().city(), a.organization());
                }
            }
            w.commit();
        }
        return file;
    }

    /** A snapshot opened, clustered at 10 km and minimum weights 1, ranked and profiled. */
    public record Profiled(Snapshot snapshot, Clustering clustering, Ranking ranking, ClusterProfiles profiles) {
        /** The cluster holding a place. */
        public int clusterAt(Place p) {
            for (int i = 0; i < snapshot.table().size(); i++) {
                if (snapshot.table().lat(i) == p.lat() && snapshot.table().lon(i) == p.lon()) {
                    return clustering.clusterOf(i);
                }
            }
            throw new AssertionError("no location at " + p);
        }

        public ClusterProfile at(Place p) {
            return profiles.of(clusterAt(p));
        }
    }

    public static Profiled profile(Path file) throws Exception {
        return profile(file, WeightFilter.all());
    }

    public static Profiled profile(Path file, WeightFilter filter) throws Exception {
        Snapshot s = SnapshotReader.open(file);
        Clustering c = new ClusterEngine(s.table()).cluster(new ClusterParameters(EPS_KM, 1, 1, filter));
        Ranking r = new Ranker(PlaceIndex.build(s.table(), s.gazetteer())).rank(c);
        return new Profiled(s, c, r, ClusterProfiler.profile(DocumentAddressReader.read(s), s.table(), c));
    }
}
