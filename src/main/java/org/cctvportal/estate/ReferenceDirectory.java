package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The estate's reference data for other features (the specification's rules name makers and operating systems):
 * records, never the entities. Reads run in the caller's transaction and partnership.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDirectory {

    public List<MakerRef> makers() {
        return Manufacturer.listByName().stream().map(ReferenceDirectory::ref).toList();
    }

    public List<OperatingSystemRef> operatingSystems() {
        return OperatingSystem.listByName().stream()
                .map(os -> new OperatingSystemRef(os.id, os.name, os.endOfSupport)).toList();
    }

    /**
     * The maker a typed name means, folded through the partnership's aliases as imports are ("HIKVISION",
     * "Hangzhou Hikvision Digital Technology Co., Ltd." and "Hikvision" are one maker).
     */
    public Optional<MakerRef> makerNamed(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : EstateIndex.load(false).maker(typed).map(ReferenceDirectory::ref);
    }

    /** The known maker nearest to a name that matched none, for a "did you mean" message. */
    public Optional<String> nearestMaker(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : EstateIndex.load(false).nearestMaker(typed);
    }

    private static MakerRef ref(Manufacturer maker) {
        return new MakerRef(maker.id, maker.name);
    }
}
