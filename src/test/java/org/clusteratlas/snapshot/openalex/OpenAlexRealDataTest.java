package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.Fixtures;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RealData;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real OpenAlex files of both schemas, as found (../shared/realdata), and a real API entity saved in every
 * shape researchers keep API answers in. Expected shares computed by hand from the entity's authorships.
 */
class OpenAlexRealDataTest {
    private static final String SINGLE = "openalex-go-sample/raw/single/W2741809807.json";
    private static final String WORKS_2021 = "openalex-go-sample/raw/works/updated_date=2021-11-03/part_000.gz";
    private static final String WORKS_2023 = "openalex-go-sample/raw/works/updated_date=2023-05-16/part_000.gz";
    private static final String INSTITUTIONS_2023 = "openalex-go-sample/raw/institutions/updated_date=2023-09-04/part_000.gz";
    private static final String INSTITUTIONS_ROBOTICS = "openalex-robotics/converted/institutions.jsonl";

    @TempDir
    Path dir;

    private ImportReport importWorks(Path out, List<Path> works, Set<String> types) throws Exception {
        return new SnapshotImport(out, false, null, null).run(new OpenAlexImport(works,
                List.of(RealData.file(INSTITUTIONS_2023), RealData.file(INSTITUTIONS_ROBOTICS)), types,
                Integer.MIN_VALUE, Integer.MAX_VALUE, false, Progress.silent()));
    }

    /** The entity saved as a pretty-printed entity, an array, an API page (gzipped) and pages on lines. */
    private Path shaped(String shape) throws Exception {
        ObjectMapper m = new ObjectMapper();
        Path single = RealData.file(SINGLE);
        var entity = m.readTree(single.toFile());
        Path p = dir.resolve(shape + ".json");
        switch (shape) {
            case "asFound" -> {
                return single;
            }
            case "pretty" -> m.writerWithDefaultPrettyPrinter().writeValue(p.toFile(), entity);
            case "array" -> m.writerWithDefaultPrettyPrinter().writeValue(p.toFile(), List.of(entity));
            case "page" -> {
                ObjectNode page = m.createObjectNode();
                page.putObject("meta").put("count", 1).put("page", 1);
                page.putArray("results").add(entity);
                page.putArray("group_by");
                m.writerWithDefaultPrettyPrinter().writeValue(p.toFile(), page);
                return Fixtures.gzip(p);
            }
            case "pageLines" -> {
                ObjectNode page = m.createObjectNode();
                page.putObject("meta").put("count", 1);
                page.putArray("results").add(entity).add(entity); // the same work twice: counted once
                Files.writeString(p, m.writeValueAsString(page) + "\n\n");
            }
            default -> throw new AssertionError(shape);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"asFound", "pretty", "array", "page", "pageLines"})
    void apiEntityInEveryShapeGivesTheHandComputedShares(String shape) throws Exception {
        Path out = dir.resolve("o.sqlite");
        ImportReport r = importWorks(out, List.of(shaped(shape)), Set.of("article"));
        assertEquals(1, r.documents());
        // 9 authorships of 1/9: two at Simon Fraser alone (2/9); three at University of Washington and
        // Seattle University (1/18 each, three times: 1/6 each); one at UQAM and Ottawa (1/18 each, UQAM not
        // in the institutions files); two at Impact Technology Development and one at Montreal/UQAM, unknown.
        Map<String, Double> byPlace = Fixtures.doubles(out, "SELECT printf('%.7f,%.7f', l.lat, l.lon), SUM(a.share)"
                + " FROM addresses a JOIN locations l ON l.id = a.location_id GROUP BY 1");
        assertEquals(4, byPlace.size(), byPlace.toString());
        assertEquals(2.0 / 9, byPlace.get("49.2663600,-122.9526300"), 1e-12); // Simon Fraser University
        assertEquals(1.0 / 6, byPlace.get("47.6062100,-122.3320700"), 1e-12); // University of Washington
        assertEquals(1.0 / 6, byPlace.get("47.6062088,-122.3320694"), 1e-12); // Seattle University
        assertEquals(1.0 / 18, byPlace.get("45.4111700,-75.6981200"), 1e-12); // University of Ottawa
        List<List<String>> doc = Fixtures.query(out, "SELECT source_id, year, field, unlocated_share FROM documents");
        assertEquals(List.of("W2741809807", "2018", "Computer science"), doc.get(0).subList(0, 3)); // level-0 concept
        assertEquals(7.0 / 18, Double.parseDouble(doc.get(0).get(3)), 1e-12);
        assertEquals(7.0 / 18, r.unlocatedShare(), 1e-12);
        if (shape.equals("pageLines")) {
            assertEquals(1, r.count(OpenAlexImport.REPEATED));
        }
    }

    @Test
    void aWorkNoneOfWhoseInstitutionsIsPlacedIsWhollyUnlocatedAndTheImportSaysWhy() throws Exception {
        // the robotics extract's raw institutions carry lat/lng, not OpenAlex's geo: no institution is placed,
        // and 9 authorships of 1/9 split among 11 institutions sum to 1 only up to a rounding residue
        Path out = dir.resolve("o.sqlite");
        ImportReport r = new SnapshotImport(out, false, null, null).run(new OpenAlexImport(List.of(RealData.file(SINGLE)),
                List.of(RealData.file("openalex-robotics/raw/institutions.json")), Set.of("article"),
                Integer.MIN_VALUE, Integer.MAX_VALUE, false, Progress.silent()));
        assertEquals(List.of(List.of("1.0")), Fixtures.query(out, "SELECT unlocated_share FROM documents"));
        assertTrue(r.summary().contains("warning: nothing to place: none of the 1 documents imported has an address"
                + " with coordinates (5 institutions cited by the works are not in the institutions files, 9 have no"
                + " coordinates there"), r.summary());
    }

    @Test
    void preSchema2023WorksImportByDefaultWithConceptFields() throws Exception {
        Path out = dir.resolve("o.sqlite");
        ImportReport r = importWorks(out, List.of(RealData.file(WORKS_2021)), Set.of("article"));
        // 50 works: 48 journal-article (all with authorships), 1 book-chapter, 1 book
        assertEquals(48, r.documents());
        assertEquals(48, r.count(OpenAlexImport.MAPPED_TYPES));
        assertEquals(2, r.count(OpenAlexImport.OTHER_TYPES));
        assertEquals(Map.of("book-chapter", 1L, "book", 1L), r.leftOutDetails(OpenAlexImport.OTHER_TYPES));
        assertTrue(r.summary().contains("--types article,book-chapter,book keeps them")
                || r.summary().contains("--types article,book,book-chapter keeps them"), r.summary());
        assertEquals(List.of(List.of("2008", "Business")), Fixtures.query(out,
                "SELECT year, field FROM documents WHERE source_id = 'W1612067013'"));
    }

    @Test
    void anImportOfOnlyGrantsSaysWhyItIsEmptyAndWhatWouldChangeIt() {
        Path out = dir.resolve("o.sqlite");
        Path works = RealData.file(WORKS_2023); // skips here, not inside assertThrows, where the folder is absent
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> importWorks(out, List.of(works), Set.of("article")));
        // 27 works: 26 grants, 1 journal-article without authorships
        assertTrue(e.getMessage().contains("nothing to write: no document was imported: 26 works of other types"
                + " left out (grant 26); --types article,grant keeps them; 1 works without authorships left out"),
                e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileOfAnotherKindIsRefusedSayingWhatWasExpected() throws Exception {
        Path csv = RealData.file("openalex-robotics/converted/addresses.csv");
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> importWorks(dir.resolve("o.sqlite"), List.of(csv), Set.of("article")));
        assertTrue(e.getMessage().startsWith(csv + ": line 1: expected OpenAlex JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("found 'doc_id,kind,year,lat,lon"), e.getMessage());
    }

    @Test
    void aBrokenPrettyPrintedFileNamesItsLineWithoutParserInternals() throws Exception {
        String text = Files.readString(shaped("pretty"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text.replaceFirst("\"authorships\" :", "\"authorships\" "));
        long line = text.substring(0, text.indexOf("\"authorships\" :")).lines().count();
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> importWorks(dir.resolve("o.sqlite"), List.of(broken), Set.of("article")));
        assertTrue(e.getMessage().startsWith(broken + ": line " + line + ": malformed JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("Source"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadFeature"), e.getMessage());
    }
}
