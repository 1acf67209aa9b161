package org.cctvportal.estate;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** How the estate compares names people type: folded keys, company suffixes ignored, and the nearest known name. */
final class Names {

    private static final String SUFFIXES = "(co|company|ltd|limited|inc|incorporated|llc|plc|gmbh|corp|corporation|"
            + "group|holdings|sa|ag|bv)";
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /** Lower case, letters and digits only: the key the database's alias_key column holds. */
    static String key(String name) {
        // Accents come apart from their letters (é to e and a mark), and the mark goes with the other characters.
        String apart = Normalizer.isNormalized(name, Normalizer.Form.NFKD) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFKD);
        return NOT_LETTER_OR_DIGIT.matcher(apart.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The key without trailing company words: "Hikvision Co., Ltd." folds to "hikvision". */
    static String keyWithoutSuffix(String name) {
        String words = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        String previous;
        do {
            previous = words;
            words = words.replaceAll("\\s+" + SUFFIXES + "$", "");
        } while (!words.equals(previous));
        return words.replace(" ", "");
    }

    /** The known name nearest to {@code typed}, when it is near enough to be a plausible slip. */
    static Optional<String> nearest(String typed, Collection<String> known) {
        String key = key(typed);
        return known.stream()
                .map(name -> new Object() {
                    final String candidate = name;
                    final int distance = DISTANCE.apply(key, key(name));
                })
                .filter(c -> c.distance <= Math.max(2, key.length() / 3))
                .min(Comparator.comparingInt(c -> c.distance))
                .map(c -> c.candidate);
    }
}
