package org.clusteratlas.rank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was asked for, as the user set it: the clustering and filter parameters (parameter id to its
 * value as text, in definition order, e.g. {@code eps-km=10}), the reference the rank changes are taken
 * against (e.g. {@code "years 2017-2021"}, null for none), how many rows to export, and the equivalent
 * command line, so that the window's current view can be reproduced headless. Filled by the CLI and the
 * window alike.
 *
 * @param top number of rows to export; 0 or less for all
 */
public record RankingRequest(Map<String, String> parameters, String reference, int top, String command) {
    public RankingRequest {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
