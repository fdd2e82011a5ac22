package io.netsysctl.suite;

import io.netsysctl.NetSysctlSuites;

/**
 * Runs the shipped suites under {@code suites/} (or {@code -Dnetsysctl.suites=PATH}) in Failsafe: the suite
 * engine picks up this class and reports one test per check.
 */
@NetSysctlSuites
class ShippedSuitesIT {
}
