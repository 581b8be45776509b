package org.clusteratlas.sample;

import java.util.Map;

/**
 * Extra weight for metros that produce far more patents or papers than their population suggests (the
 * Bay Area, Boston, Shenzhen, Cambridge, Eindhoven...). Population alone, even superlinear, would rank
 * Chongqing above Shenzhen and New York above San Jose; these factors make the synthetic sample's
 * clusters look like those a researcher knows. Keyed by "ascii name|ISO-2"; values {patent, publication}.
 */
final class InnovationHubs {
    private static final Map<String, double[]> BOOST = Map.ofEntries(
            Map.entry("Tokyo|JP", new double[] {1.6, 1.3}),
            Map.entry("Osaka|JP", new double[] {1.3, 1.2}),
            Map.entry("Nagoya|JP", new double[] {1.8, 1.0}),
            Map.entry("Shenzhen|CN", new double[] {7, 1.5}),
            Map.entry("Hong Kong|HK", new double[] {1.5, 3}),
            Map.entry("Beijing|CN", new double[] {3, 8}),
            Map.entry("Shanghai|CN", new double[] {2, 3}),
            Map.entry("Hangzhou|CN", new double[] {2.5, 1.5}),
            Map.entry("Nanjing|CN", new double[] {1.5, 3}),
            Map.entry("Wuhan|CN", new double[] {1.0, 2.5}),
            Map.entry("Guangzhou|CN", new double[] {0.7, 1.0}),
            Map.entry("Chongqing|CN", new double[] {0.3, 0.5}),
            Map.entry("Seoul|KR", new double[] {1.5, 1.3}),
            Map.entry("Daejeon|KR", new double[] {4, 4}),
            Map.entry("Suwon|KR", new double[] {4, 1}),
            Map.entry("San Jose|US", new double[] {16, 6}),
            Map.entry("San Francisco|US", new double[] {6, 5}),
            Map.entry("Boston|US", new double[] {5, 7}),
            Map.entry("Seattle|US", new double[] {3, 2}),
            Map.entry("San Diego|US", new double[] {4, 3}),
            Map.entry("New York|US", new double[] {1.0, 1.5}),
            Map.entry("Los Angeles|US", new double[] {0.8, 1.0}),
            Map.entry("Raleigh|US", new double[] {3, 3}),
            Map.entry("Durham|US", new double[] {3, 5}),
            Map.entry("Austin|US", new double[] {3, 2}),
            Map.entry("Minneapolis|US", new double[] {2, 1.5}),
            Map.entry("Washington|US", new double[] {1, 2}),
            Map.entry("Philadelphia|US", new double[] {1.2, 2}),
            Map.entry("Houston|US", new double[] {1, 1}),
            Map.entry("Miami|US", new double[] {0.3, 0.6}),
            Map.entry("Paris|FR", new double[] {1.5, 1.4}),
            Map.entry("London|GB", new double[] {1.3, 1.6}),
            Map.entry("Cambridge|GB", new double[] {12, 10}),
            Map.entry("Oxford|GB", new double[] {8, 10}),
            Map.entry("Munich|DE", new double[] {4, 2.5}),
            Map.entry("Stuttgart|DE", new double[] {3, 1}),
            Map.entry("Berlin|DE", new double[] {1, 2}),
            Map.entry("Eindhoven|NL", new double[] {12, 2}),
            Map.entry("Amsterdam|NL", new double[] {1, 2}),
            Map.entry("Zurich|CH", new double[] {3, 3}),
            Map.entry("Basel|CH", new double[] {6, 3}),
            Map.entry("Geneva|CH", new double[] {1, 3}),
            Map.entry("Stockholm|SE", new double[] {1.5, 1.5}),
            Map.entry("Copenhagen|DK", new double[] {1.5, 1.5}),
            Map.entry("Tel Aviv-Yafo|IL", new double[] {3, 2}),
            Map.entry("Bangalore|IN", new double[] {3, 2}),
            Map.entry("Taipei|TW", new double[] {1.5, 1.5}),
            Map.entry("Hsinchu|TW", new double[] {6, 2}));

    private InnovationHubs() {
    }

    /** Boost of a place for a kind (0 patents, 1 publications); 1 for places not listed. */
    static double boost(String asciiName, String country, int kind) {
        double[] b = BOOST.get(asciiName + "|" + country);
        return b == null ? 1 : b[kind];
    }
}
