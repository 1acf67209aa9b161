package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/** An operating system recorders and servers run, with the date its vendor stops security updates. */
@Entity
@Table(name = "operating_system")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class OperatingSystem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operating_system_seq")
    @SequenceGenerator(name = "operating_system_seq", sequenceName = "operating_system_seq", allocationSize = 50)
    public Long id;

    @Column(name = "partnership_id")
    public String partnershipId;

    public String name;

    @Column(name = "end_of_support")
    public LocalDate endOfSupport;

    @Version
    public int version;

    public boolean unsupportedOn(LocalDate day) {
        return endOfSupport != null && !day.isBefore(endOfSupport);
    }

    public static List<OperatingSystem> listByName() {
        return list("order by lower(name)");
    }
}
