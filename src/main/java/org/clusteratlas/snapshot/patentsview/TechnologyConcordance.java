package org.clusteratlas.snapshot.patentsview;

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
 * Maps an IPC or CPC symbol to one of WIPO's 35 fields of technology, the grouping the Global Innovation
 * Index uses for patents. The concordance is data ({@code ipc-technology-concordance.tsv}, whose header cites
 * WIPO's table), not code, so that it can be checked line by line against the published table.
 */
public final class TechnologyConcordance {
    private static final String RESOURCE = "ipc-technology-concordance.tsv";
    private static final TechnologyConcordance WIPO = load();

    private final List<String> fieldNames;
    private final Map<String, Integer> codes;

    private TechnologyConcordance(List<String> fieldNames, Map<String, Integer> codes) {
        this.fieldNames = Collections.unmodifiableList(fieldNames);
        this.codes = Map.copyOf(codes);
    }

    /** WIPO's concordance as bundled. */
    public static TechnologyConcordance wipo() {
        return WIPO;
    }

    /** The 35 field names, index 0 being field 1. */
    public List<String> fieldNames() {
        return fieldNames;
    }

    /**
     * The field number (1..35) of a symbol such as {@code H04N21/4402}, {@code H04N 21/4402}, {@code H04N21}
     * or {@code H04N}; 0 when the symbol has no field (CPC's Y section, unknown subclass, malformed).
     */
    public int fieldNumber(String symbol) {
        if (symbol == null) {
            return 0;
        }
        String s = symbol.strip();
        if (s.length() < 4) {
            return 0;
        }
        String subclass = s.substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        int i = 4;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int group = 0;
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && digits < 4) {
            group = group * 10 + (s.charAt(i) - '0');
            digits++;
            i++;
        }
        if (digits > 0) {
            Integer f = codes.get(subclass + "-" + pad3(group));
            if (f != null) {
                return f;
            }
        }
        return codes.getOrDefault(subclass, 0);
    }

    /** The field name of a symbol, or null when it has none. */
    public String fieldName(String symbol) {
        int n = fieldNumber(symbol);
        return n == 0 ? null : fieldNames.get(n - 1);
    }

    private static String pad3(int g) {
        return g < 10 ? "00" + g : g < 100 ? "0" + g : Integer.toString(g);
    }

    private static TechnologyConcordance load() {
        List<String> names = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        try (InputStream in = TechnologyConcordance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("field")) {
                    int n = Integer.parseInt(f[1]);
                    if (n != names.size() + 1) {
                        throw new IllegalStateException(RESOURCE + ": fields out of order at " + n);
                    }
                    names.add(f[2]);
                } else if (f[0].equals("code")) {
                    codes.put(f[1], Integer.parseInt(f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TechnologyConcordance(names, codes);
    }
}
