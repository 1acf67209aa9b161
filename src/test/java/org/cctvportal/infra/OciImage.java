package org.cctvportal.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An OCI image tarball (an image layout: {@code index.json}, {@code blobs/sha256/...}) read as a registry would: the
 * index names the manifest, the manifest the config and the layers, each blob by its digest.
 */
final class OciImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> blobs;
    private final JsonNode manifest;

    private OciImage(Map<String, byte[]> blobs, JsonNode manifest) {
        this.blobs = blobs;
        this.manifest = manifest;
    }

    static OciImage read(Path tarball) {
        Map<String, byte[]> entries = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new BufferedInputStream(Files.newInputStream(tarball)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    entries.put(entry.getName().replaceFirst("^\\./", ""), tar.readAllBytes());
                }
            }
            JsonNode index = JSON.readTree(entries.get("index.json"));
            if (index == null || !entries.containsKey("oci-layout")) {
                throw new IllegalStateException(tarball + " is not an OCI image layout: " + entries.keySet());
            }
            JsonNode manifest = JSON.readTree(blob(entries, index.path("manifests").get(0).path("digest").asText()));
            return new OciImage(entries, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] blob(Map<String, byte[]> entries, String digest) {
        byte[] blob = entries.get("blobs/" + digest.replace(':', '/'));
        if (blob == null) {
            throw new IllegalStateException("no blob " + digest + " in the tarball");
        }
        return blob;
    }

    JsonNode manifest() {
        return manifest;
    }

    /** The image configuration's {@code config} (user, entrypoint, environment, volumes...). */
    JsonNode config() {
        try {
            return JSON.readTree(blob(blobs, manifest.path("config").path("digest").asText())).path("config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files and links in each layer (not its directories), bottom first, with the owner's uid of each. */
    List<Map<String, Integer>> layers() {
        List<Map<String, Integer>> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            byte[] blob = blob(blobs, layer.path("digest").asText());
            boolean gzip = layer.path("mediaType").asText().endsWith("gzip");
            layers.add(paths(blob, gzip));
        }
        return layers;
    }

    private static Map<String, Integer> paths(byte[] blob, boolean gzip) {
        Map<String, Integer> paths = new HashMap<>();
        try (InputStream raw = new java.io.ByteArrayInputStream(blob);
                TarArchiveInputStream tar = new TarArchiveInputStream(gzip ? new GzipCompressorInputStream(raw) : raw)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                paths.put("/" + entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""),
                        (int) entry.getLongUserId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }
}
