package org.clusteratlas.published;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A published cluster ranking to set beside a computed one, read from CSV: a header row with the columns
 * {@code rank, name, economies, patents, publications} and optionally {@code score} (in any order, other
 * columns ignored, e.g. the GII table's shares and previous rank). Economies are ISO-2 codes separated by
 * "/" (marks such as "TW*" are dropped); counts may carry thousands separators; an empty score means none.
 * The file is only read.
 *
 * @param source file name (no directory), shown wherever the published figures are
 */
public record PublishedRanking(String source, List<PublishedRow> rows) {
    /** Columns a published table must have. */
    public static final List<String> REQUIRED = List.of("rank", "name", "economies", "patents", "publications");
    /** The optional score column. */
    public static final String SCORE = "score";

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    public PublishedRanking {
        rows = List.copyOf(rows);
    }

    /**
     * @throws IOException naming the file and, for a bad value, its line and column
     */
    public static PublishedRanking read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        }
    }

    /** Reads a published table; {@code source} names it in messages and exports. */
    public static PublishedRanking read(Reader in, String source) throws IOException {
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<PublishedRow> rows = new ArrayList<>();
        Set<Integer> ranks = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(in, f)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)
                    .replace("\uFEFF", "")).toList();
            for (String h : REQUIRED) {
                if (!header.contains(h)) {
                    throw new IOException(source + ": published ranking lacks the column '" + h + "' (needs "
                            + String.join(", ", REQUIRED) + "[, " + SCORE + "])");
                }
            }
            int score = header.indexOf(SCORE);
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                String where = source + " line " + line;
                if (rec.size() < header.size()) {
                    throw new IOException(where + ": " + rec.size() + " cells, the header has " + header.size());
                }
                int rank = (int) number(rec.get(header.indexOf("rank")), where, "rank", false);
                if (rank < 1 || !ranks.add(rank)) {
                    throw new IOException(where + ": rank " + rank + (rank < 1 ? " is not 1 or more" : " twice"));
                }
                String name = rec.get(header.indexOf("name"));
                if (name.isBlank()) {
                    throw new IOException(where + ": empty name");
                }
                List<String> economies = economies(rec.get(header.indexOf("economies")), where);
                double patents = number(rec.get(header.indexOf("patents")), where, "patents", false);
                double pubs = number(rec.get(header.indexOf("publications")), where, "publications", false);
                double s = score < 0 ? Double.NaN : number(rec.get(score), where, SCORE, true);
                rows.add(new PublishedRow(rank, name, economies, patents, pubs, s, line));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IOException(source + ": no rows");
        }
        rows.sort(java.util.Comparator.comparingInt(PublishedRow::rank));
        return new PublishedRanking(source, rows);
    }

    private static double number(String text, String where, String column, boolean optional) throws IOException {
        String t = text.trim();
        if (t.isEmpty() && optional) {
            return Double.NaN;
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new IOException(where + ": " + column + " '" + text + "' is not a number");
        }
        return Double.parseDouble(t.replace(",", ""));
    }

    private static List<String> economies(String text, String where) throws IOException {
        List<String> out = new ArrayList<>();
        for (String part : text.split("/")) {
            String code = part.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new IOException(where + ": economies '" + text + "' are not ISO-2 codes separated by '/'");
            }
            out.add(code);
        }
        return Arrays.asList(out.toArray(new String[0]));
    }

    /** The worst (largest) published rank: computed clusters down to it are expected in the table. */
    public int lastRank() {
        return rows.get(rows.size() - 1).rank();
    }
}
