/** The realm roles the portal checks, named once ({@link org.cctvportal.platform.security.Roles}). */
package org.cctvportal.platform.security;
