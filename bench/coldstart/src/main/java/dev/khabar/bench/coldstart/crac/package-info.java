/**
 * A stand-in CRaC implementation for JVMs without one: org.crac binds to it when the system property
 * {@code org.crac.Core.Compat} names this package, as it binds to Lambda's own on SnapStart. A "checkpoint" here
 * runs the registered resources' hooks (the functions' priming) without saving or restoring anything, so the bench
 * can time the first invocation after priming.
 */
package dev.khabar.bench.coldstart.crac;
