/**
 * Configuration shared by the JUnit extension and the suite engine: placeholder resolution. Internal, not part
 * of the API; the configuration keys themselves are listed in {@link io.netsysctl.NetSysctlConfig}.
 */
package io.netsysctl.config;
