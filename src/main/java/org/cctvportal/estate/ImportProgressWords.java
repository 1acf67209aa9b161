package org.cctvportal.estate;

/** What a stopped commit says about the chunks it had already saved, which stay. */
final class ImportProgressWords {

    private ImportProgressWords() {
    }

    static String kept(EstateImport upload) {
        if (upload.appliedThroughLine == 0) {
            return "Nothing was imported";
        }
        return String.format(java.util.Locale.UK, "The rows up to line %,d (%,d rows) were imported before this and"
                + " are kept; nothing after line %,d was. Mend the cause and commit the import again: it goes on"
                + " after line %,d", upload.appliedThroughLine, upload.rowsApplied(), upload.appliedThroughLine,
                upload.appliedThroughLine);
    }
}
