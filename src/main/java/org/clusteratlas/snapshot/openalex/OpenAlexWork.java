package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.clusteratlas.snapshot.SnapshotContract;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What the importer reads of one OpenAlex work: id, type, year, the field candidates of both schemas and, per
 * authorship, its distinct institution ids. It is a plain value, so the desktop importer and the Spark builder
 * (which parses works on many machines and ships them to one writer) read a work with this one parser.
 */
public final class OpenAlexWork implements Serializable {
    private static final long serialVersionUID = 1L;

    final String id;
    final String type;
    /** {@link Integer#MIN_VALUE} when the work has no integer {@code publication_year}. */
    final int year;
    private final boolean hasTopic;
    private final String topicField;
    private final String topicDomain;
    private final String conceptField;
    final int authorships;
    /** Authorship {@code a}'s institutions are {@code institutionIds[authorshipStart[a] .. authorshipStart[a + 1])}. */
    final int[] authorshipStart;
    final long[] institutionIds;

    private OpenAlexWork(Reader r) {
        id = r.id;
        type = r.type;
        year = r.year;
        hasTopic = r.hasTopic;
        topicField = r.topicField;
        topicDomain = r.topicDomain;
        conceptField = r.conceptField;
        authorships = r.authorships;
        authorshipStart = Arrays.copyOf(r.authorshipStart, r.authorships + 1);
        institutionIds = Arrays.copyOf(r.institutionIds, r.institutionCount);
    }

    /** Reads a work with the parser on its first field name (or its end); leaves it on the closing brace. */
    public static OpenAlexWork read(JsonParser p) throws IOException {
        Reader r = new Reader();
        r.read(p);
        return new OpenAlexWork(r);
    }

    /** The work's {@code id} as given ("https://openalex.org/W123"), or null. */
    public String id() {
        return id;
    }

    /** The number of its authorships (0: left out, {@link OpenAlexReport#NO_AUTHORSHIPS}). */
    public int authorships() {
        return authorships;
    }

    /**
     * The work's field as the snapshot stores it: its topic's field, else its domain; for a pre-2023 work
     * without a topic, its main level-0 concept.
     */
    String field() {
        return SnapshotContract.field(hasTopic ? (topicField != null ? topicField : topicDomain) : conceptField);
    }

    /** The mutable state of one parse. */
    private static final class Reader {
        String id;
        String type;
        int year = Integer.MIN_VALUE;
        boolean hasTopic;
        String topicField;
        String topicDomain;
        String conceptField;
        double conceptScore = Double.NEGATIVE_INFINITY;
        int authorships;
        int[] authorshipStart = new int[8];
        long[] institutionIds = new long[16];
        int institutionCount;

        void read(JsonParser p) throws IOException {
            for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "id" -> id = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "type" -> type = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "publication_year" -> year = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue()
                            : Integer.MIN_VALUE;
                    case "authorships" -> {
                        if (v == JsonToken.START_ARRAY) {
                            readAuthorships(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "primary_topic" -> {
                        if (v == JsonToken.START_OBJECT) {
                            hasTopic = true;
                            readTopic(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "concepts" -> {
                        if (v == JsonToken.START_ARRAY) {
                            readConcepts(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }

        private void readAuthorships(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (name.equals("institutions") && v == JsonToken.START_ARRAY) {
                        readInstitutions(p, institutionCount);
                    } else {
                        p.skipChildren();
                    }
                }
                authorships++;
                if (authorships + 1 >= authorshipStart.length) {
                    authorshipStart = Arrays.copyOf(authorshipStart, authorshipStart.length * 2);
                }
                authorshipStart[authorships] = institutionCount;
            }
        }

        private void readInstitutions(JsonParser p, int first) throws IOException {
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                long inst = OpenAlexIds.INVALID;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String n = p.currentName();
                    JsonToken iv = p.nextToken();
                    if (n.equals("id") && iv == JsonToken.VALUE_STRING) {
                        inst = OpenAlexIds.parse(p.getText(), 'I');
                    } else {
                        p.skipChildren();
                    }
                }
                if (inst != OpenAlexIds.INVALID && !contains(first, inst)) {
                    if (institutionCount == institutionIds.length) {
                        institutionIds = Arrays.copyOf(institutionIds, institutionCount * 2);
                    }
                    institutionIds[institutionCount++] = inst;
                }
            }
        }

        private boolean contains(int from, long inst) {
            for (int j = from; j < institutionCount; j++) {
                if (institutionIds[j] == inst) {
                    return true;
                }
            }
            return false;
        }

        private void readTopic(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ((name.equals("field") || name.equals("domain")) && v == JsonToken.START_OBJECT) {
                    String display = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String n = p.currentName();
                        JsonToken dv = p.nextToken();
                        if (n.equals("display_name") && dv == JsonToken.VALUE_STRING) {
                            display = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (name.equals("field")) {
                        topicField = display;
                    } else {
                        topicDomain = display;
                    }
                } else {
                    p.skipChildren();
                }
            }
        }

        /** The highest-scoring level-0 concept ("Medicine", "Computer science"): the field of a pre-2023 work. */
        private void readConcepts(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                String display = null;
                int level = -1;
                double score = Double.NaN;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String n = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (n) {
                        case "display_name" -> display = v == JsonToken.VALUE_STRING ? p.getText() : null;
                        case "level" -> level = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                        case "score" -> score = v.isNumeric() ? p.getDoubleValue() : Double.NaN;
                        default -> p.skipChildren();
                    }
                }
                double s = Double.isNaN(score) ? 0 : score;
                if (level == 0 && display != null && !display.isBlank() && s > conceptScore) {
                    conceptField = display.strip();
                    conceptScore = s;
                }
            }
        }
    }
}
