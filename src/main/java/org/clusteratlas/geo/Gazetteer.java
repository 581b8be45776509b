package org.clusteratlas.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled GeoNames gazetteer (places of 15,000 inhabitants or more, CC BY 4.0, "GeoNames
 * (geonames.org)"): names clusters after their main places and estimates their population. Loaded once
 * from the class path ({@code assets/geodata}); immutable and shared.
 */
public final class Gazetteer {
    static final String PLACES = "/assets/geodata/geonames-cities15000.tsv";
    static final String ADMIN1 = "/assets/geodata/geonames-admin1-names.json";

    private static volatile Gazetteer bundled;

    private final List<Place> places;

    public Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
    }

    /** The gazetteer shipped with the app. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    g = load();
                    bundled = g;
                }
            }
        }
        return g;
    }

    public List<Place> places() {
        return places;
    }

    private static Gazetteer load() {
        try {
            Map<String, String> admin1Names = new HashMap<>();
            try (InputStream in = resource(ADMIN1)) {
                for (JsonNode n : new ObjectMapper().readTree(in)) {
                    admin1Names.put(n.get("code").asText(), n.get("name").asText());
                }
            }
            List<Place> out = new ArrayList<>(26_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(PLACES), StandardCharsets.UTF_8))) {
                String header = r.readLine();
                if (header == null || !header.startsWith("geonameid\tname")) {
                    throw new IOException(PLACES + ": unexpected header " + header);
                }
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    String country = f[6];
                    String admin1 = f[7].isEmpty() ? null : f[7];
                    out.add(new Place(Long.parseLong(f[0]), f[1], f[2], Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]), f[5], country, admin1,
                            admin1 == null ? null : admin1Names.get(country + "." + admin1),
                            f[8].isEmpty() ? 0 : Long.parseLong(f[8])));
                }
            }
            return new Gazetteer(Collections.unmodifiableList(out));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled gazetteer unreadable", e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing bundled asset " + path);
        }
        return in;
    }
}
