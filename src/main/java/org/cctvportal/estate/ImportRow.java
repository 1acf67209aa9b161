package org.cctvportal.estate;

/**
 * One record of an import file and the line it starts on, so every message can say where to look. A row whose shape
 * is wrong (too few or too many cells, a feature without a point) carries that problem instead of being checked.
 */
record ImportRow(int line, RawRecord raw, String problem) {

    static ImportRow of(int line, RawRecord raw) {
        return new ImportRow(line, raw, null);
    }

    static ImportRow broken(int line, String problem) {
        return new ImportRow(line, RawRecord.of(java.util.Map.of()), problem);
    }
}
