package org.cctvportal.platform.storage;

import io.minio.messages.RetentionMode;

/** The two S3 object lock modes of a retention period. */
public enum ObjectLockMode {
    /** An account holding s3:BypassGovernanceRetention (never the portal's) can shorten or lift the retention. */
    GOVERNANCE(RetentionMode.GOVERNANCE),
    /** Nobody can shorten or lift the retention before it ends, not even the server's root account. */
    COMPLIANCE(RetentionMode.COMPLIANCE);

    private final RetentionMode s3;

    ObjectLockMode(RetentionMode s3) {
        this.s3 = s3;
    }

    RetentionMode s3() {
        return s3;
    }
}
