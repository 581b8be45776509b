package org.clusteratlas.ui.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * A view saved as a small JSON file: the parameters (by spec id, as {@link ClusterParameters#text} writes
 * them), top N, and the map's centre and zoom. Unknown keys are ignored and missing ones keep their
 * defaults, so views survive new parameters; an invalid value names the file and the parameter.
 *
 * @param snapshot path of the snapshot it was saved from, as it was opened; opening the view file as the
 *                 app's argument opens this snapshot (a view applies to any snapshot from the menu)
 * @param selected name of the selected cluster, or null
 */
public record SavedView(ClusterParameters parameters, int top, double centreLat, double centreLon, double zoom,
                        String snapshot, String selected) {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("cluster_atlas_view", FORMAT);
        if (snapshot != null) {
            root.put("snapshot", snapshot);
        }
        if (selected != null) {
            root.put("selected", selected);
        }
        ObjectNode p = root.putObject("parameters");
        for (Map.Entry<String, String> e : parameters.texts(YearRange.ALL).entrySet()) {
            p.put(e.getKey(), e.getValue());
        }
        root.put("top", top);
        ObjectNode map = root.putObject("map");
        map.put("lat", centreLat);
        map.put("lon", centreLon);
        map.put("zoom", zoom);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Path file) throws IOException {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** @throws IOException naming the file and what is wrong */
    public static SavedView read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /**
     * A view from its JSON text (as {@link #toJson} writes it).
     *
     * @param name what the messages call the text (a file name)
     * @throws IOException naming {@code name} and what is wrong
     */
    public static SavedView parse(String json, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IOException(name + ": not a JSON view file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.has("cluster_atlas_view")) {
            throw new IOException(name + ": not a Cluster Atlas view (no \"cluster_atlas_view\" key)");
        }
        ClusterParameters p = ClusterParameters.defaults();
        JsonNode params = root.path("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ParameterSpec spec = ParameterSpecs.byId(e.getKey());
            if (spec == null) {
                continue;
            }
            try {
                p = p.withText(spec, e.getValue().asText());
            } catch (IllegalArgumentException ex) {
                throw new IOException(name + ": " + ex.getMessage());
            }
        }
        JsonNode map = root.path("map");
        return new SavedView(p, root.path("top").asInt(ExplorerModel.DEFAULT_TOP),
                map.path("lat").asDouble(25), map.path("lon").asDouble(0), map.path("zoom").asDouble(2),
                root.path("snapshot").isTextual() ? root.path("snapshot").asText() : null,
                root.path("selected").isTextual() ? root.path("selected").asText() : null);
    }
}
