package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * One line of an OpenAlex snapshot file (JSON Lines: one entity a line) read on its own, as a distributed
 * reader sees it: the entity, or what is wrong with the line. The same entity parsers as the desktop's file
 * reader, the same words for a malformed line.
 *
 * @param entity  the entity, or null when the line has a problem
 * @param problem what is wrong with the line, or null
 */
public record OpenAlexLine<T>(T entity, String problem) implements Serializable {

    /** Reads one entity from JSON text. */
    private interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** A works line; null for a blank line (skipped, as in the desktop reader). */
    public static OpenAlexLine<OpenAlexWork> work(JsonFactory json, String text) {
        return read(json, text, OpenAlexWork::read);
    }

    /** An institutions line; null for a blank line. */
    public static OpenAlexLine<OpenAlexInstitution> institution(JsonFactory json, String text) {
        return read(json, text, OpenAlexInstitution::read);
    }

    private static <T> OpenAlexLine<T> read(JsonFactory json, String text, Reader<T> reader) {
        if (text.isBlank()) {
            return null;
        }
        try (JsonParser p = json.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new OpenAlexLine<>(null, OpenAlexRecords.EXPECTED);
            }
            p.nextToken();
            T entity = reader.read(p);
            if (p.nextToken() != null) {
                return new OpenAlexLine<>(null, "malformed JSON: text after the JSON value");
            }
            return new OpenAlexLine<>(entity, null);
        } catch (JsonProcessingException e) {
            return new OpenAlexLine<>(null, "malformed JSON: " + OpenAlexRecords.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: cannot happen
        }
    }
}
