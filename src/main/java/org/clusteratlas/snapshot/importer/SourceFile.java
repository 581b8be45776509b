package org.clusteratlas.snapshot.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HexFormat;
import java.util.List;

/**
 * Provenance of an imported file, stored in the snapshot's {@code sources} metadata as a JSON array so a
 * researcher can tell exactly which file (by SHA-256) a snapshot was made from.
 *
 * @param format  importer that read it, e.g. {@code csv}
 * @param name    file name without directories (paths are private and machine-specific)
 * @param imported ISO-8601 instant of the import
 */
public record SourceFile(String format, String name, long size, byte[] sha256, String imported) {
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** The JSON array for metadata key {@code sources}. */
    public static String toJson(List<SourceFile> files) {
        ObjectMapper m = new ObjectMapper();
        ArrayNode a = m.createArrayNode();
        for (SourceFile f : files) {
            ObjectNode o = a.addObject();
            o.put("format", f.format());
            o.put("name", f.name());
            o.put("size", f.size());
            o.put("sha256", f.sha256Hex());
            o.put("imported", f.imported());
        }
        return a.toString();
    }
}
