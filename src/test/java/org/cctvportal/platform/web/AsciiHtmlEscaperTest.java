package org.cctvportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A value shown on a page: HTML's special characters escaped as Qute escapes them, the rest beyond ASCII as references. */
class AsciiHtmlEscaperTest {

    @Test
    void plainAsciiIsTheSameString() {
        String text = "Oxford City Council, camera 12 (PTZ)";
        assertSame(text, AsciiHtmlEscaper.escape(text));
    }

    @Test
    void htmlsSpecialCharactersAreEscapedAsQuteEscapesThem() {
        assertEquals("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;cam&quot;&lt;/b&gt;",
                AsciiHtmlEscaper.escape("<b>Tom & Jerry's \"cam\"</b>"));
    }

    @Test
    void everyCharacterBeyondAsciiIsANumericReference() {
        assertEquals("&#163;3,550 &#8211; Caf&#233; &#321;&#243;d&#378;", AsciiHtmlEscaper.escape("£3,550 – Café Łódź"));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsOneReference() {
        assertEquals("camera &#128247; &#65533;", AsciiHtmlEscaper.escape("camera \uD83D\uDCF7 \uD83D"));
    }
}
