package org.cctvportal.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses control characters in every string of a JSON body as it is read (a record's fields, a map's values, the
 * items of a list, and every text and name of a body read as a {@link JsonNode} tree), with the property named, so
 * {@code "\u0000"} is a 400 and never reaches PostgreSQL.
 */
@Singleton
public class ControlCharactersInJson implements ObjectMapperCustomizer {

    /** Thrown while reading; Jackson adds the property's path on its way out. */
    public static class Refused extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        private final String at;

        Refused(JsonParser parser) {
            this(parser, null);
        }

        Refused(JsonParser parser, String at) {
            super(parser, "control character in a JSON string");
            this.at = at;
        }

        /** The property that held the value, as the path Jackson recorded ({@code camera.name}, {@code [2]}). */
        public String field() {
            if (at != null) {
                return at;
            }
            StringBuilder path = new StringBuilder();
            for (Reference reference : getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.length() == 0 ? "body" : path.toString();
        }
    }

    static final class Text extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (ControlCharacters.present(value)) {
                throw new Refused(parser);
            }
            return value;
        }
    }

    /** A body read as a tree: read whole as Jackson does, then every text and property name checked. */
    static final class Tree extends StdDeserializer<JsonNode> {
        private static final long serialVersionUID = 1L;

        Tree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            String at = refusedAt(tree, "");
            if (at != null) {
                throw new Refused(parser, at.isEmpty() ? "body" : at);
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        /** The path of the first text or name holding a control character, or null when there is none. */
        private static String refusedAt(JsonNode node, String path) {
            if (node.isTextual()) {
                return ControlCharacters.present(node.textValue()) ? path : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String at = refusedAt(node.get(i), path + "[" + i + "]");
                    if (at != null) {
                        return at;
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String here = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String at = ControlCharacters.present(field.getKey()) ? here : refusedAt(field.getValue(), here);
                if (at != null) {
                    return at;
                }
            }
            return null;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("portal-control-characters").addDeserializer(String.class, new Text())
                .addDeserializer(JsonNode.class, new Tree()));
    }
}
