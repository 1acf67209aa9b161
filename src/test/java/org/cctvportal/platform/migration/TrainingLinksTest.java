package org.cctvportal.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which classes of the training start's class loading log are linked for the archive. */
class TrainingLinksTest {

    @Test
    void aClassReadFromAJarIsNamed() {
        assertEquals("org.hibernate.boot.SessionFactoryBuilder", TrainingLinks.className(
                "[1.502s][info][class,load] org.hibernate.boot.SessionFactoryBuilder source: "
                        + "file:/app/lib/main/org.hibernate.orm.hibernate-core-7.2.4.Final.jar"));
    }

    @Test
    void aClassTheArchiveGaveIsNotNamedAgain() {
        assertNull(TrainingLinks.className("[0.175s][info][class,load] java.lang.Object source: shared objects file"));
        assertNull(TrainingLinks.className(
                "[0.379s][info][class,load] org.cctvportal.platform.migration.PortalMain source: shared objects file (top)"));
    }

    @Test
    void hiddenClassesAndOtherLinesAreLeftAlone() {
        assertNull(TrainingLinks.className("[0.228s][info][class,load] java.lang.invoke.LambdaForm$MH/0x00007fbd25000400"
                + " source: __JVM_LookupDefineClass__"));
        assertNull(TrainingLinks.className("[0.228s][info][gc] Using Serial"));
    }
}
