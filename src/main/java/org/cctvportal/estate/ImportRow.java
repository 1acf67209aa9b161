package org.cctvportal.estate;

/**
 * One record of an import file and the line it starts on, so every message can say where to look. A row whose shape
 * is wrong (too few or too many cells, a feature without a point) carries that problem instead of being checked.
 */
record ImportRow(int line, RawRecord raw, String problem) {

    /** A row read from the file; one holding a control character (PostgreSQL cannot store NUL) is broken. */
    static ImportRow of(int line, RawRecord raw) {
        for (java.util.Map.Entry<String, String> cell : raw.asMap().entrySet()) {
            if (org.cctvportal.platform.web.ControlCharacters.present(cell.getValue())) {
                return broken(line, "has a control character (such as a NUL byte) in " + cell.getKey()
                        + ", which the portal does not accept: remove it");
            }
        }
        return new ImportRow(line, raw, null);
    }

    static ImportRow broken(int line, String problem) {
        return new ImportRow(line, RawRecord.of(java.util.Map.of()), problem);
    }
}
