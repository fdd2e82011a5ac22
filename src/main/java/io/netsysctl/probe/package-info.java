/**
 * Isolation probes: set a key on one side of a network namespace boundary and check that the other side
 * keeps its value. {@link io.netsysctl.probe.IsolationProbe} is the entry point;
 * {@link io.netsysctl.probe.HostSysctlJournal} records every host value a probe changes so that a killed
 * run can be repaired at the next start. {@link io.netsysctl.probe.ProbeValues} is internal: the value rules
 * this probe shares with the AssertJ isolation assertion.
 */
package io.netsysctl.probe;
