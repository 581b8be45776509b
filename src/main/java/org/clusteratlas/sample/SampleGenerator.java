package org.clusteratlas.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a plausible, entirely synthetic world of patents and publications, deterministically from a
 * seed. Activity is placed at real places (SimpleMaps world cities) with weights growing superlinearly with
 * metropolitan population, scaled to each country's real yearly volume ({@code country-activity.csv}) and
 * boosted for known innovation hubs ({@link InnovationHubs}), so that the clusters a researcher expects
 * (Tokyo, Shenzhen–Hong Kong, Seoul, Beijing, the Bay Area, Boston, Paris, London) emerge.
 *
 * <p>Each document has 1–6 addresses: the first at a lead place, the others mostly in the same metro
 * (nearby real places, so satellite towns appear), some elsewhere in the country, some abroad, a few at
 * isolated small places (noise). Addresses are geocoded like real data: about half at a city centre, most
 * others at a few dozen to a few hundred fixed postal-code-like spots within 15 km, a few at street level.
 * A few percent of documents have an address that "could not be geocoded" (an unlocated share).
 */
public final class SampleGenerator {
    public static final int FIRST_YEAR = 2014;
    public static final int LAST_YEAR = 2023;
    static final double POPULATION_EXPONENT = 1.3;
    static final double PATENT_PROBABILITY = 0.45;
    static final double UNLOCATED_PROBABILITY = 0.04;
    static final double NOISE_PROBABILITY = 0.015;
    private static final double[] PATENT_ADDRESS_COUNTS = {0.26, 0.27, 0.20, 0.13, 0.08, 0.06};
    private static final double[] PUBLICATION_ADDRESS_COUNTS = {0.13, 0.20, 0.22, 0.18, 0.14, 0.13};
    private static final double METRO_RADIUS_KM = 50;
    private static final double SPOT_RADIUS_KM = 15;
    private static final double STREET_RADIUS_KM = 10;
    private static final double KM_PER_DEGREE = 111.32;
    private static final String[] KIND_CODES = {"patent", "publication"};

    private final long seed;
    private final long addresses;
    private final WorldPlaces places;
    private final WeightedChoice[] world = new WeightedChoice[2];
    private final Map<String, WeightedChoice[]> countryPools = new HashMap<>();
    private final WeightedChoice noise;
    private final WeightedChoice[] fields = new WeightedChoice[2];
    private final WeightedChoice[] addressCounts = new WeightedChoice[2];
    private final WeightedChoice years;
    private final Map<Long, List<Integer>> grid = new HashMap<>();
    private final WeightedChoice[] metroCache;

    /**
     * @param addresses number of (geocoded) address rows to generate; documents follow (about one per three)
     */
    public SampleGenerator(long seed, long addresses) {
        if (addresses < 1) {
            throw new IllegalArgumentException("addresses must be positive");
        }
        this.seed = seed;
        this.addresses = addresses;
        this.places = WorldPlaces.bundled();
        this.metroCache = new WeightedChoice[places.size];
        buildPlaceWeights();
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < places.size; i++) {
            if (places.population[i] < 50_000 && i % 16 == 0) {
                small.add(i); // a fixed sixteenth of the small places, so noise reuses its places
            }
            grid.computeIfAbsent(cell(places.lat[i], places.lon[i]), k -> new ArrayList<>()).add(i);
        }
        int[] smallIdx = small.stream().mapToInt(Integer::intValue).toArray();
        noise = new WeightedChoice(smallIdx, ones(smallIdx.length));
        fields[0] = WeightedChoice.of(ResearchFields.WIPO_FIELD_WEIGHTS);
        fields[1] = WeightedChoice.of(ResearchFields.SCIENCE_FIELD_WEIGHTS);
        addressCounts[0] = WeightedChoice.of(PATENT_ADDRESS_COUNTS);
        addressCounts[1] = WeightedChoice.of(PUBLICATION_ADDRESS_COUNTS);
        double[] yw = new double[LAST_YEAR - FIRST_YEAR + 1];
        for (int y = 0; y < yw.length; y++) {
            yw[y] = Math.pow(1.05, y); // steady growth of output
        }
        years = WeightedChoice.of(yw);
    }

    /** Country whose volume a place's activity is drawn from: Hong Kong and Macau count with China. */
    private static String pool(String country) {
        return "HK".equals(country) || "MO".equals(country) ? "CN" : country;
    }

    private void buildPlaceWeights() {
        Map<String, List<Integer>> byPool = new HashMap<>();
        for (int i = 0; i < places.size; i++) {
            if (places.population[i] >= 50_000) {
                byPool.computeIfAbsent(pool(places.country[i]), k -> new ArrayList<>()).add(i);
            }
        }
        double[][] global = new double[2][places.size];
        List<String> poolNames = new ArrayList<>(byPool.keySet());
        poolNames.sort(null); // deterministic
        for (String pool : poolNames) {
            int[] idx = byPool.get(pool).stream().mapToInt(Integer::intValue).toArray();
            double[] volume = places.activity.getOrDefault(pool, new double[] {5, 1500});
            WeightedChoice[] choices = new WeightedChoice[2];
            for (int k = 0; k < 2; k++) {
                double[] w = new double[idx.length];
                double sum = 0;
                for (int j = 0; j < idx.length; j++) {
                    int p = idx[j];
                    w[j] = Math.pow(places.population[p], POPULATION_EXPONENT)
                            * InnovationHubs.boost(places.asciiName[p], places.country[p], k);
                    sum += w[j];
                }
                for (int j = 0; j < idx.length; j++) {
                    global[k][idx[j]] = volume[k] * w[j] / sum;
                }
                choices[k] = new WeightedChoice(idx, w);
            }
            countryPools.put(pool, choices);
        }
        world[0] = WeightedChoice.of(global[0]);
        world[1] = WeightedChoice.of(global[1]);
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    private static long cell(double lat, double lon) {
        return ((long) Math.floor(lat * 2) + 1000) * 10_000 + (long) Math.floor(lon * 2) + 1000;
    }

    /** Nearby real places of 15,000 inhabitants or more (within 50 km, the place itself included), weighted by population. */
    private WeightedChoice metro(int place) {
        WeightedChoice c = metroCache[place];
        if (c != null) {
            return c;
        }
        double la = places.lat[place];
        double lo = places.lon[place];
        List<Integer> near = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        int cy = (int) Math.floor(la * 2);
        int cx = (int) Math.floor(lo * 2);
        int spanX = (int) Math.ceil(1 / Math.max(0.1, Math.cos(Math.toRadians(la))));
        for (int y = cy - 1; y <= cy + 1; y++) {
            for (int x = cx - spanX; x <= cx + spanX; x++) {
                List<Integer> in = grid.get((long) (y + 1000) * 10_000 + x + 1000);
                if (in == null) {
                    continue;
                }
                for (int q : in) {
                    if ((q == place || places.population[q] >= 15_000) && distanceKm(la, lo, places.lat[q], places.lon[q]) <= METRO_RADIUS_KM) {
                        near.add(q);
                        w.add(places.population[q]);
                    }
                }
            }
        }
        c = new WeightedChoice(near.stream().mapToInt(Integer::intValue).toArray(),
                w.stream().mapToDouble(Double::doubleValue).toArray());
        metroCache[place] = c;
        return c;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** What was generated. */
    public record Summary(long documents, long addresses, long documentsWithUnlocatedShare) {
    }

    /** Sends the whole sample to {@code sink}; the same seed and size always give the same calls. */
    public Summary generate(SampleSink sink) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long remaining = addresses;
        long docs = 0;
        long withUnlocated = 0;
        int[] located = new int[6];
        while (remaining > 0) {
            int kind = rnd.nextDouble() < PATENT_PROBABILITY ? 0 : 1;
            int n = addressCounts[kind].next(rnd) + 1;
            int year = FIRST_YEAR + years.next(rnd);
            String field = kind == 0 ? ResearchFields.WIPO_TECHNOLOGY_FIELDS.get(fields[0].next(rnd))
                    : ResearchFields.SCIENCE_FIELDS.get(fields[1].next(rnd));
            int lead = rnd.nextDouble() < NOISE_PROBABILITY ? noise.next(rnd) : world[kind].next(rnd);
            int locatedCount = n;
            if (n >= 2 && rnd.nextDouble() < UNLOCATED_PROBABILITY) {
                locatedCount = n - 1 - (n >= 4 && rnd.nextDouble() < 0.3 ? 1 : 0);
            }
            if (locatedCount > remaining) {
                locatedCount = (int) remaining;
                n = locatedCount;
            }
            located[0] = lead;
            for (int a = 1; a < locatedCount; a++) {
                located[a] = collaborator(rnd, kind, lead);
            }
            double share = 1.0 / n;
            double unlocated = n == locatedCount ? 0 : (double) (n - locatedCount) / n;
            docs++;
            if (unlocated > 0) {
                withUnlocated++;
            }
            sink.document((kind == 0 ? "P" : "A") + Long.toString(docs, 36).toUpperCase(java.util.Locale.ROOT), KIND_CODES[kind], year, field, unlocated);
            for (int a = 0; a < locatedCount; a++) {
                address(rnd, sink, located[a], share);
            }
            remaining -= locatedCount;
        }
        return new Summary(docs, addresses, withUnlocated);
    }

    private int collaborator(SplittableRandom rnd, int kind, int lead) {
        double r = rnd.nextDouble();
        if (r < 0.50) {
            return metro(lead).next(rnd);
        }
        if (r < 0.78) {
            WeightedChoice[] c = countryPools.get(pool(places.country[lead]));
            if (c != null && !c[kind].isEmpty()) {
                return c[kind].next(rnd);
            }
            return lead;
        }
        if (r < 0.985) {
            return world[kind].next(rnd);
        }
        return noise.next(rnd);
    }

    /** One address at a place, geocoded at the centre, at one of its fixed spots, or at street level. */
    private void address(SplittableRandom rnd, SampleSink sink, int place, double share) throws IOException {
        double la = places.lat[place];
        double lo = places.lon[place];
        double r = rnd.nextDouble();
        if (r < 0.50) {
            sink.address(la, lo, share, places.country[place], places.name[place]);
            return;
        }
        double distance;
        double bearing;
        double scale;
        if (r < 0.99) {
            int spots = (int) Math.max(1, Math.min(200, Math.round(2 * Math.sqrt(places.population[place] / 1e5))));
            int spot = rnd.nextInt(spots);
            long h = mix(place * 1_000_003L + spot);
            distance = SPOT_RADIUS_KM * Math.sqrt(((h >>> 11) & 0xFFFFF) / (double) 0x100000);
            bearing = 2 * Math.PI * ((h >>> 40) & 0xFFFFF) / (double) 0x100000;
            scale = 1e4;
        } else {
            distance = STREET_RADIUS_KM * Math.sqrt(rnd.nextDouble());
            bearing = 2 * Math.PI * rnd.nextDouble();
            scale = 1e5;
        }
        double lat = la + distance * Math.cos(bearing) / KM_PER_DEGREE;
        double lon = lo + distance * Math.sin(bearing) / (KM_PER_DEGREE * Math.max(0.05, Math.cos(Math.toRadians(la))));
        lat = Math.max(-90, Math.min(90, Math.round(lat * scale) / scale));
        lon = Math.round(lon * scale) / scale;
        if (lon > 180) {
            lon -= 360;
        } else if (lon < -180) {
            lon += 360;
        }
        sink.address(lat, lon, share, places.country[place], places.name[place]);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
