package org.cctvportal.estate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads a GeoJSON FeatureCollection of Point features: each feature's {@code properties} use the same names as the
 * CSV columns, and its coordinates ({@code [longitude, latitude]}) give the location. Streamed, so each feature keeps
 * the line it starts on.
 */
final class GeoJsonRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonRows() {
    }

    /**
     * Hands the row of each feature starting after line {@code afterLine} to {@code rows} as it is read; returns how
     * many features there are.
     */
    static int read(Reader text, EstateImport.Subject subject, int maxRows, long afterLine, Consumer<ImportRow> rows) {
        int count = 0;
        String type = null;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notCollection();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                    type = parser.getText();
                } else if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (count++ >= maxRows) {
                            throw new ImportFileException("The file has more than " + String.format("%,d", maxRows)
                                    + " features: split it into smaller files");
                        }
                        int line = parser.currentTokenLocation().getLineNr();
                        if (line <= afterLine) {
                            parser.skipChildren();
                        } else {
                            rows.accept(feature(line, parser.readValueAsTree(), subject));
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new ImportFileException("The file is not valid JSON: " + FieldReader.clip(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            if (ImportFiles.notUtf8(e)) {
                throw ImportFiles.notUtf8();
            }
            throw new ImportFileException("The file could not be read as JSON");
        }
        if (!"FeatureCollection".equals(type)) {
            throw notCollection();
        }
        return count;
    }

    private static ImportRow feature(int line, JsonNode feature, EstateImport.Subject subject) {
        JsonNode properties = feature.path("properties");
        if (!"Feature".equals(feature.path("type").asText()) || !properties.isObject()) {
            return ImportRow.broken(line, "is not a GeoJSON Feature with properties");
        }
        Map<String, String> values = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        properties.fields().forEachRemaining(entry -> Field.forHeader(subject.fields(), entry.getKey()).ifPresentOrElse(
                field -> values.put(field.key(), entry.getValue().isNull() ? "" : entry.getValue().asText()),
                () -> unknown.add(FieldReader.clip(entry.getKey()))));
        if (!unknown.isEmpty()) {
            return ImportRow.broken(line, "has unknown properties " + String.join(", ", unknown) + ": the names for "
                    + subject.plural() + " are " + CsvRows.columnList(subject.fields()));
        }
        JsonNode geometry = feature.path("geometry");
        if (geometry.isMissingNode() || geometry.isNull()) {
            return ImportRow.of(line, RawRecord.of(values));
        }
        JsonNode point = geometry.path("coordinates");
        if (!"Point".equals(geometry.path("type").asText()) || !point.isArray() || point.size() < 2
                || !point.get(0).isNumber() || !point.get(1).isNumber()) {
            return ImportRow.broken(line, "has a " + geometry.path("type").asText("missing") + " geometry: each"
                    + " camera or site must be a Point with coordinates [longitude, latitude]");
        }
        values.put("longitude", point.get(0).asText());
        values.put("latitude", point.get(1).asText());
        return ImportRow.of(line, RawRecord.of(values));
    }

    private static ImportFileException notCollection() {
        return new ImportFileException("The file must be a GeoJSON FeatureCollection: an object with \"type\":"
                + " \"FeatureCollection\" and a \"features\" list of Point features");
    }
}
