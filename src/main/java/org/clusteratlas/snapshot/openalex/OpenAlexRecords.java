package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The entities (works or institutions) of one OpenAlex file, in whichever shape it was saved, recognised from
 * its content rather than its name: JSON Lines (the snapshot format: one entity per line, a bad line
 * reported with its number and skippable with {@code --skip-bad}), a single entity, an array of entities, or
 * saved API answers ({@code {"meta": ..., "results": [...]}} pages, as pyalex and openalexR keep them),
 * pretty-printed or not, one or several documents in a row. Anything else is refused naming the file, the
 * line and what was expected. A truncated gzip stops at the line where the data ends.
 *
 * <p>Iterate with {@link #next()}: each call leaves one entity read by the {@link EntityReader}, or a
 * {@link #problem()} for the caller to pass to its bad-line policy.
 */
final class OpenAlexRecords implements AutoCloseable {
    static final String EXPECTED = "expected OpenAlex JSON: one entity per line (JSON Lines, the snapshot"
            + " format), a single entity, an array of entities, or an API result page"
            + " {\"meta\": ..., \"results\": [...]}";
    private static final int SNIFF = 1 << 16;

    /** Reads the fields of one entity. */
    interface EntityReader {
        /**
         * Called with the parser on the entity's first field name (or its end when empty); must leave it on the
         * entity's closing brace. Returns what is wrong with the entity, or null when it is fine.
         */
        String read(JsonParser p) throws IOException;
    }

    private enum Where { ROOT, ARRAY, RESULTS }

    private final SourceFile file;
    private final SourceFile.Pass pass;
    private final BufferedReader reader;
    private final Progress progress;
    private final JsonFactory json;
    private final EntityReader entity;
    private final boolean lines;
    private JsonParser parser;
    private Where where = Where.ROOT;
    private boolean rootRead;
    private long line;
    private long entityLine;
    private String problem;

    OpenAlexRecords(SourceFile file, JsonFactory json, EntityReader entity, Progress progress, String task)
            throws SnapshotException {
        this.file = file;
        this.json = json;
        this.entity = entity;
        this.progress = progress;
        this.pass = file.open();
        this.reader = pass.reader();
        try {
            this.lines = sniffLines();
            if (!lines) {
                parser = json.createParser(reader);
                parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE); // the pass still hashes the rest
            }
        } catch (IOException e) {
            close();
            throw new SnapshotException(file.path(), "cannot read: " + SourceFile.describe(e), e);
        } catch (SnapshotException e) {
            close();
            throw e;
        }
        progress.begin(task, file.size(), pass::bytesRead);
    }

    /**
     * Looks at the start of the text: JSON Lines when the first line holds a whole JSON value (or is longer
     * than can be looked at, as only a one-line entity is), one streamed document when the text starts with
     * an array or with an object that continues on the next lines (pretty-printed).
     */
    private boolean sniffLines() throws IOException, SnapshotException {
        reader.mark(SNIFF + 1);
        char[] buf = new char[SNIFF];
        int n = 0;
        int r;
        while (n < SNIFF && (r = reader.read(buf, n, SNIFF - n)) > 0) {
            n += r;
        }
        reader.reset();
        int start = 0;
        long firstLine = 1;
        while (start < n && (Character.isWhitespace(buf[start]) || buf[start] == '\uFEFF')) {
            if (buf[start] == '\n') {
                firstLine++;
            }
            start++;
        }
        if (start == n) {
            return true; // blank: no entity
        }
        char c = buf[start];
        if (c == '[') {
            return false;
        }
        if (c != '{') {
            int end = start;
            while (end < n && end - start < 40 && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            pass.close();
            throw new SnapshotException(file.path(), null, firstLine, EXPECTED + "; found '"
                    + new String(buf, start, end - start).strip() + "'");
        }
        int eol = start;
        while (eol < n && buf[eol] != '\n') {
            eol++;
        }
        if (eol == n) {
            return true;
        }
        try (JsonParser p = json.createParser(buf, start, eol - start)) {
            p.nextToken();
            p.skipChildren();
            return true;
        } catch (JsonEOFException e) {
            return false; // the first object goes on after its first line: pretty-printed
        } catch (JsonProcessingException e) {
            return true; // a malformed first line: reported as such, line by line
        }
    }

    /** Advances to the next entity or problem; false at the end of the file. */
    boolean next() throws SnapshotException {
        problem = null;
        while (true) {
            try {
                if (parser == null) {
                    if (!lines || !nextLine()) {
                        checkComplete();
                        return false;
                    }
                }
                JsonToken t = parser.nextToken();
                if (t == null) {
                    parser.close();
                    parser = null;
                    continue;
                }
                if (where == Where.ROOT) {
                    if (lines && rootRead) {
                        return lineProblem("malformed JSON: text after the JSON value");
                    }
                    rootRead = true;
                    if (t == JsonToken.START_ARRAY) {
                        where = Where.ARRAY;
                        continue;
                    }
                    if (t != JsonToken.START_OBJECT) {
                        return misplaced(t);
                    }
                    entityLine = tokenLine();
                    JsonToken f = parser.nextToken();
                    if (f == JsonToken.FIELD_NAME && isPageField(parser.currentName())) {
                        enterPage();
                        continue;
                    }
                    return readEntity();
                }
                if (t == JsonToken.END_ARRAY) {
                    if (where == Where.RESULTS) {
                        skipRestOfObject();
                    }
                    where = Where.ROOT;
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    return misplaced(t);
                }
                entityLine = tokenLine();
                parser.nextToken();
                return readEntity();
            } catch (JsonProcessingException e) {
                checkComplete();
                String reason = "malformed JSON: " + describe(e);
                if (lines) {
                    return lineProblem(reason);
                }
                JsonLocation at = e.getLocation();
                throw new SnapshotException(file.path(), null, at == null ? entityLine : at.getLineNr(),
                        reason + " (the rest of the document cannot be read)", e);
            } catch (IOException e) {
                throw new SnapshotException(file.path(), null, line, SourceFile.describe(e), e);
            }
        }
    }

    private boolean nextLine() throws IOException {
        String s;
        do {
            s = reader.readLine();
            line++;
        } while (s != null && s.isBlank());
        if (s == null) {
            return false;
        }
        parser = json.createParser(s);
        where = Where.ROOT;
        rootRead = false;
        return true;
    }

    private long tokenLine() {
        return lines ? line : parser.currentTokenLocation().getLineNr();
    }

    private boolean readEntity() throws IOException {
        progress.record();
        problem = entity.read(parser);
        return true;
    }

    private static boolean isPageField(String name) {
        return name.equals("meta") || name.equals("results") || name.equals("group_by");
    }

    /** Inside an API page, on its first field: skips to the results array (or to the end of a page without). */
    private void enterPage() throws IOException {
        for (JsonToken t = parser.currentToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if (name.equals("results") && v == JsonToken.START_ARRAY) {
                where = Where.RESULTS;
                return;
            }
            parser.skipChildren();
        }
    }

    private void skipRestOfObject() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private boolean misplaced(JsonToken t) throws IOException, SnapshotException {
        entityLine = tokenLine();
        String found = switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "'" + parser.getText() + "'";
        };
        parser.skipChildren();
        String reason = "found " + found + " where an OpenAlex entity (a JSON object) was expected";
        if (lines) {
            problem = reason;
            return true;
        }
        throw new SnapshotException(file.path(), null, entityLine, reason + "; " + EXPECTED);
    }

    /** The current line is bad: reported, and reading goes on at the next line. */
    private boolean lineProblem(String reason) {
        entityLine = line;
        problem = reason;
        try {
            parser.close();
        } catch (IOException ignored) {
            // a parser over a string holds nothing to release
        }
        parser = null;
        return true;
    }

    /** A parser's complaint in words, without its location dump ("[Source: ...; line: 1, column: 1]"). */
    static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the text ends before the JSON value is complete";
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\[Source:[^\\]]*\\]", "");
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).strip();
    }

    /** What is wrong with the current entity, or null. */
    String problem() {
        return problem;
    }

    /** Line (1-based) where the current entity starts. */
    long line() {
        return entityLine;
    }

    /** Throws when the data ended because the compressed file is truncated or corrupt. */
    private void checkComplete() throws SnapshotException {
        IOException f = pass.failure();
        if (f != null) {
            throw new SnapshotException(file.path(), null, Math.max(line, entityLine),
                    SourceFile.describe(f) + "; the data ends here", f);
        }
    }

    void finish() throws SnapshotException {
        progress.end();
        try {
            pass.finish();
        } catch (IOException e) {
            throw new SnapshotException(file.path(), "cannot read: " + SourceFile.describe(e), e);
        }
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            pass.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
