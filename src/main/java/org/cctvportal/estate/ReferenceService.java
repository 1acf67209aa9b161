package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/**
 * The reference data a partnership keeps for every partner's estate: manufacturers with their aliases, and operating
 * systems with end-of-support dates. Everyone reads it; the partnership admin changes it (checked by the resources).
 */
@ApplicationScoped
@Transactional
public class ReferenceService {

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Manufacturer> manufacturers() {
        return Manufacturer.listByName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ManufacturerAlias> aliases() {
        return ManufacturerAlias.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OperatingSystem> operatingSystems() {
        return OperatingSystem.listByName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OperatingSystem operatingSystem(long id) {
        OperatingSystem os = OperatingSystem.findById(id);
        if (os == null) {
            throw new NotFoundException("No such operating system");
        }
        return os;
    }

    /** A new maker, which is also its own first alias. */
    public Manufacturer addManufacturer(String name) {
        String clean = name == null ? null : name.strip();
        FormErrors errors = new FormErrors();
        if (clean == null || clean.isEmpty()) {
            errors.add("name", "Enter the manufacturer's name");
        } else if (clean.length() > 120) {
            errors.add("name", "Name must be 120 characters or fewer");
        } else {
            EstateIndex.load(false).maker(clean).ifPresent(known -> errors.add("name",
                    "\"" + clean + "\" is already known as " + known.name));
        }
        errors.throwIfAny();
        Manufacturer maker = new Manufacturer();
        maker.partnershipId = tenant.partnershipId();
        maker.name = clean;
        maker.persist();
        addAliasTo(maker, clean);
        audit.record("manufacturer.added", "manufacturer", maker.id.toString(), "Added manufacturer " + clean);
        return maker;
    }

    public ManufacturerAlias addAlias(long manufacturerId, String alias) {
        Manufacturer maker = Manufacturer.findById(manufacturerId);
        if (maker == null) {
            throw new NotFoundException("No such manufacturer");
        }
        String clean = alias == null ? null : alias.strip();
        FormErrors errors = new FormErrors();
        if (clean == null || clean.isEmpty() || Names.key(clean).isEmpty()) {
            errors.add("alias", "Enter the other name, with at least one letter or digit");
        } else if (clean.length() > 200) {
            errors.add("alias", "Alias must be 200 characters or fewer");
        } else {
            ManufacturerAlias.<ManufacturerAlias>find("aliasKey", Names.key(clean)).firstResultOptional()
                    .ifPresent(known -> errors.add("alias", "\"" + clean + "\" already means "
                            + known.manufacturer.name));
        }
        errors.throwIfAny();
        ManufacturerAlias created = addAliasTo(maker, clean);
        audit.record("manufacturer.alias-added", "manufacturer", maker.id.toString(),
                "\"" + clean + "\" now means " + maker.name);
        return created;
    }

    public OperatingSystem addOperatingSystem(String name, String endOfSupport) {
        OperatingSystem os = new OperatingSystem();
        os.partnershipId = tenant.partnershipId();
        apply(os, name, endOfSupport).throwIfAny();
        os.persist();
        audit.record("operating-system.added", "operating-system", os.id.toString(), "Added operating system "
                + os.name + (os.endOfSupport == null ? "" : ", supported until " + Formats.day(os.endOfSupport)));
        return os;
    }

    public OperatingSystem updateOperatingSystem(long id, String name, String endOfSupport) {
        OperatingSystem os = OperatingSystem.findById(id);
        if (os == null) {
            throw new NotFoundException("No such operating system");
        }
        String before = os.name + " until " + Formats.day(os.endOfSupport);
        apply(os, name, endOfSupport).throwIfAny();
        audit.record("operating-system.changed", "operating-system", os.id.toString(),
                "Changed operating system from " + before + " to " + os.name + " until "
                        + Formats.day(os.endOfSupport));
        return os;
    }

    private FormErrors apply(OperatingSystem os, String name, String endOfSupport) {
        FieldReader in = new FieldReader(RawRecord.of(java.util.Map.of("name", name == null ? "" : name,
                "endOfSupport", endOfSupport == null ? "" : endOfSupport)), new FormErrors());
        String clean = in.text("name", "Name", 120, true, null);
        LocalDate end = in.date("endOfSupport", "End of support date", null);
        if (clean != null) {
            OperatingSystem.<OperatingSystem>find("lower(name) = ?1", clean.toLowerCase(java.util.Locale.ROOT))
                    .firstResultOptional().filter(other -> !other.id.equals(os.id))
                    .ifPresent(other -> in.errors().add("name", other.name + " is already listed"));
        }
        if (in.errors().isEmpty()) {
            os.name = clean;
            os.endOfSupport = end;
        }
        return in.errors();
    }

    private ManufacturerAlias addAliasTo(Manufacturer maker, String alias) {
        ManufacturerAlias created = new ManufacturerAlias();
        created.partnershipId = maker.partnershipId;
        created.manufacturer = maker;
        created.alias = alias;
        created.aliasKey = Names.key(alias);
        created.persist();
        return created;
    }
}
