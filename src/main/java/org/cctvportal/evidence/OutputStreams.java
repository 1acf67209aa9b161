package org.cctvportal.evidence;

import java.io.OutputStream;

/** Output streams the vault needs that the JDK spells at length. */
final class OutputStreams {

    /** Discards everything: for reading a stream only to hash it. */
    static final OutputStream NULL = OutputStream.nullOutputStream();

    private OutputStreams() {
    }
}
