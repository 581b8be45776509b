package org.clusteratlas.snapshot.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One imported file as the snapshot's {@code sources} metadata records it, so that a ranking can always be
 * traced back to the exact bytes it came from: file name, size in bytes, SHA-256 and import time (ISO-8601).
 */
public record SourceInfo(String name, long size, String sha256, String imported) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code sources} value: a JSON array of {name, size, sha256, imported}. */
    public static String toJson(List<SourceInfo> sources) {
        ArrayNode a = JSON.createArrayNode();
        for (SourceInfo s : sources) {
            ObjectNode o = a.addObject();
            o.put("name", s.name());
            o.put("size", s.size());
            o.put("sha256", s.sha256());
            o.put("imported", s.imported());
        }
        return a.toString();
    }

    /** Parses a {@code sources} value; an absent or unreadable value gives an empty list. */
    public static List<SourceInfo> fromJson(String json) {
        List<SourceInfo> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            JsonNode a = JSON.readTree(json);
            if (a != null && a.isArray()) {
                for (JsonNode o : a) {
                    out.add(new SourceInfo(o.path("name").asText(null), o.path("size").asLong(-1),
                            o.path("sha256").asText(null), o.path("imported").asText(null)));
                }
            }
        } catch (JsonProcessingException e) {
            return out;
        }
        return out;
    }
}
