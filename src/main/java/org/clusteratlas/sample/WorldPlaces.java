package org.clusteratlas.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled SimpleMaps World Cities Basic list (CC BY 4.0, simplemaps.com/data/world-cities) in parallel
 * arrays: real places with metropolitan populations, in file order (so the generator is deterministic).
 * Also the yearly patent and article volumes per country from {@code country-activity.csv}, which exist
 * only to make synthetic data plausible.
 */
final class WorldPlaces {
    static final String CITIES = "/assets/geodata/simplemaps-worldcities-basic.csv";
    static final String ACTIVITY = "/assets/geodata/country-activity.csv";

    final int size;
    final String[] name;
    final String[] asciiName;
    final String[] country;
    final double[] lat;
    final double[] lon;
    final double[] population;
    /** iso2 -> {patents, articles} per year. */
    final Map<String, double[]> activity;

    private WorldPlaces(int size, String[] name, String[] asciiName, String[] country, double[] lat, double[] lon,
                        double[] population, Map<String, double[]> activity) {
        this.size = size;
        this.name = name;
        this.asciiName = asciiName;
        this.country = country;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.activity = activity;
    }

    private static volatile WorldPlaces bundled;

    static WorldPlaces bundled() {
        WorldPlaces w = bundled;
        if (w == null) {
            synchronized (WorldPlaces.class) {
                if (bundled == null) {
                    bundled = load();
                }
                w = bundled;
            }
        }
        return w;
    }

    private static WorldPlaces load() {
        try {
            int cap = 50_000;
            String[] name = new String[cap];
            String[] ascii = new String[cap];
            String[] country = new String[cap];
            double[] lat = new double[cap];
            double[] lon = new double[cap];
            double[] pop = new double[cap];
            int n = 0;
            try (CSVParser p = parser(CITIES)) {
                for (CSVRecord r : p) {
                    String popText = r.get("population");
                    String iso2 = r.get("iso2");
                    if (popText.isBlank() || iso2.isBlank()) {
                        continue;
                    }
                    double population = Double.parseDouble(popText);
                    if (population < 1000) {
                        continue;
                    }
                    if (n == name.length) {
                        cap *= 2;
                        name = Arrays.copyOf(name, cap);
                        ascii = Arrays.copyOf(ascii, cap);
                        country = Arrays.copyOf(country, cap);
                        lat = Arrays.copyOf(lat, cap);
                        lon = Arrays.copyOf(lon, cap);
                        pop = Arrays.copyOf(pop, cap);
                    }
                    name[n] = r.get("city");
                    ascii[n] = r.get("city_ascii");
                    country[n] = iso2;
                    lat[n] = Double.parseDouble(r.get("lat"));
                    lon[n] = Double.parseDouble(r.get("lng"));
                    pop[n] = population;
                    n++;
                }
            }
            Map<String, double[]> activity = new HashMap<>();
            try (CSVParser p = parser(ACTIVITY)) {
                for (CSVRecord r : p) {
                    activity.put(r.get("iso2"), new double[] {Double.parseDouble(r.get("pct_applications_per_year")),
                        Double.parseDouble(r.get("scientific_articles_per_year"))});
                }
            }
            return new WorldPlaces(n, name, ascii, country, lat, lon, pop, activity);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled place list unreadable", e);
        }
    }

    private static CSVParser parser(String resource) throws IOException {
        InputStream in = WorldPlaces.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing bundled asset " + resource);
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        return CSVParser.builder().setReader(r)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
    }
}
