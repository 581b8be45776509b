package org.clusteratlas.snapshot.openalex;

import java.util.Locale;
import java.util.Map;

/**
 * OpenAlex work types in one vocabulary. Until mid-2023 a work's {@code type} was Crossref's
 * ("journal-article", "proceedings-article", "posted-content"...); since then it is OpenAlex's own
 * ("article", "preprint"...), Crossref's staying in {@code type_crossref}. Old types are mapped to the new
 * ones as OpenAlex did, so that {@code --types article} selects the journal and conference articles of
 * every vintage.
 */
final class WorkTypes {
    private static final Map<String, String> CROSSREF = Map.of(
            "journal-article", "article",
            "proceedings-article", "article",
            "posted-content", "preprint",
            "monograph", "book",
            "edited-book", "book",
            "reference-book", "book");

    private WorkTypes() {
    }

    /** The current OpenAlex type of a type of either vintage, lower case. */
    static String current(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return CROSSREF.getOrDefault(t, t);
    }
}
