package org.cctvportal.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Tiny video files for the demo, made in code: an MP4 (ftyp, free and mdat boxes) and an MPEG transport stream
 * (a PAT, a PMT and payload packets). They are well-formed containers the vault's sniffer recognises, small enough
 * to seed on every start, and carry a seed so each demo clip has its own hash.
 */
final class EvidenceDemoClips {

    private EvidenceDemoClips() {
    }

    static byte[] mp4(String seed, int payloadBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        box(out, "ftyp", concat(ascii("isom"), ByteBuffer.allocate(4).putInt(0x200).array(), ascii("isommp41")));
        box(out, "free", ascii("cctv-portal demo clip: " + seed));
        box(out, "mdat", payload(seed, payloadBytes));
        return out.toByteArray();
    }

    static byte[] transportStream(String seed, int packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] payload = payload(seed, 184 * packets);
        for (int i = 0; i < packets; i++) {
            byte[] packet = new byte[188];
            packet[0] = 0x47;
            int pid = i == 0 ? 0x0000 : i == 1 ? 0x1000 : 0x0100;
            packet[1] = (byte) (((i < 2 ? 0x40 : 0) | (pid >> 8)) & 0xff);
            packet[2] = (byte) (pid & 0xff);
            packet[3] = (byte) (0x10 | (i & 0x0f));
            System.arraycopy(payload, i * 184, packet, 4, 184);
            out.writeBytes(packet);
        }
        return out.toByteArray();
    }

    private static void box(ByteArrayOutputStream out, String type, byte[] body) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + body.length).array());
        out.writeBytes(ascii(type));
        out.writeBytes(body);
    }

    private static byte[] payload(String seed, int length) {
        byte[] bytes = new byte[length];
        java.util.Random random = new java.util.Random(seed.hashCode());
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
