package org.cctvportal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The container is told from the first bytes, whatever the file is called. */
class VideoFormatTest {

    private static Optional<VideoFormat> sniff(byte[] head) {
        return VideoFormat.sniff(head, head.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void recognisesTheContainersCctvExportsUse() {
        assertEquals(Optional.of(VideoFormat.MP4), sniff(EvidenceDemoClips.mp4("a", 100)));
        assertEquals(Optional.of(VideoFormat.MOV), sniff(ascii("\0\0\0\u0014ftypqt  \0\0\0\0")));
        assertEquals(Optional.of(VideoFormat.MOV), sniff(ascii("\0\0\0\u0008wide\0\0\0\u0010mdat")));
        assertEquals(Optional.of(VideoFormat.AVI), sniff(ascii("RIFF\u0010\0\0\0AVI LIST")));
        String ebml = "\u001a\u0045\u00df\u00a3";
        assertEquals(Optional.of(VideoFormat.MATROSKA), sniff(ascii(ebml + "\u0093\u0042\u0082\u0088matroska")));
        assertEquals(Optional.of(VideoFormat.WEBM), sniff(ascii(ebml + "\u009f\u0042\u0082\u0084webm")));
        assertEquals(Optional.of(VideoFormat.MPEG_TS), sniff(EvidenceDemoClips.transportStream("b", 5)));
        assertEquals(Optional.of(VideoFormat.MPEG_PS), sniff(new byte[] {0, 0, 1, (byte) 0xBA, 0x44, 0, 4}));
    }

    @Test
    void refusesWhatOnlyLooksLikeVideoByName() {
        assertEquals(Optional.empty(), sniff(ascii("name,asset tag\nCam 1,OXF-1\n")));
        assertEquals(Optional.empty(), sniff(ascii("%PDF-1.7\n")));
        assertEquals(Optional.empty(), sniff(ascii("RIFF\u0010\0\0\0WAVEfmt ")));
        assertEquals(Optional.empty(), sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        assertEquals(Optional.empty(), sniff(new byte[0]));
        byte[] notTs = EvidenceDemoClips.transportStream("c", 3);
        notTs[188] = 0x00;
        assertEquals(Optional.empty(), sniff(notTs), "a sync byte missing at the second packet");
    }
}
