/** Tenancy: who a request acts for, enforced by Hibernate and by PostgreSQL row-level security. */
package org.cctvportal.platform.tenancy;
