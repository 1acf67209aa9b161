package org.cctvportal.platform.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes a page (a rendered template: a string of HTML) as its UTF-8 bytes. Quarkus REST's writer for strings encodes
 * them a character at a time into a buffer of three bytes per character; the JDK encodes a string of Latin-1
 * characters, which a page is when its data is (the templates write other characters as numeric references), as one
 * array copy. The findings page cost the portal less CPU per request with it (docs/benchmarks.md, lists run 72).
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlBodyWriter implements ServerMessageBodyWriter<String> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeResponse(String page, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(page.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(String page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(page.getBytes(StandardCharsets.UTF_8));
    }
}
