package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.Serializable;

/**
 * What the importer reads of one OpenAlex institution ({@code id}, {@code geo.latitude}, {@code geo.longitude},
 * {@code geo.country_code}, {@code geo.city}, {@code display_name}: the organisation of its addresses), as given: the importer judges the values. A plain value, so the
 * desktop importer and the Spark builder read institutions with this one parser.
 */
public record OpenAlexInstitution(String id, double lat, double lon, String country, String city, String name)
        implements Serializable {

    /** Reads an institution with the parser on its first field name (or its end); leaves it on the closing brace. */
    public static OpenAlexInstitution read(JsonParser p) throws IOException {
        String id = null;
        double lat = Double.NaN;
        double lon = Double.NaN;
        String country = null;
        String city = null;
        String display = null;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("id") && v == JsonToken.VALUE_STRING) {
                id = p.getText();
            } else if (name.equals("display_name") && v == JsonToken.VALUE_STRING) {
                display = p.getText();
            } else if (name.equals("geo") && v == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    JsonToken gv = p.nextToken();
                    switch (g) {
                        case "latitude" -> lat = gv.isNumeric() ? p.getDoubleValue() : Double.NaN;
                        case "longitude" -> lon = gv.isNumeric() ? p.getDoubleValue() : Double.NaN;
                        case "country_code" -> country = gv == JsonToken.VALUE_STRING ? p.getText() : null;
                        case "city" -> city = gv == JsonToken.VALUE_STRING ? p.getText() : null;
                        default -> p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new OpenAlexInstitution(id, lat, lon, country, city, display);
    }
}
