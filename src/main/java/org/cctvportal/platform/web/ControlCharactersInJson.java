package org.cctvportal.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses control characters in every string of a JSON body as it is read (a record's fields, a map's values, the
 * items of a list), with the property named, so {@code "\u0000"} is a 400 and never reaches PostgreSQL.
 */
@Singleton
public class ControlCharactersInJson implements ObjectMapperCustomizer {

    /** Thrown while reading; Jackson adds the property's path on its way out. */
    public static class Refused extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        Refused(JsonParser parser) {
            super(parser, "control character in a JSON string");
        }

        /** The property that held the value, as the path Jackson recorded ({@code camera.name}, {@code [2]}). */
        public String field() {
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

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("portal-control-characters").addDeserializer(String.class, new Text()));
    }
}
