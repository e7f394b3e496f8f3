package dev.khabar.bench.coldstart;

/**
 * What one fresh JVM measured, in nanoseconds.
 *
 * @param jvmStart    process spawn to the runner's main (JVM boot)
 * @param init        handler class loaded, static init and constructor (Lambda's init phase, less the runtime's own)
 * @param priming     the SnapStart priming (before-checkpoint hooks), when run
 * @param firstInvoke the first invocation alone
 * @param cold        process spawn to the first invocation's answer
 * @param cpuToFirst  CPU time of the whole process (every thread) from its start to the first invocation's answer
 * @param warm        each later invocation
 * @param peakRssKb   the process's peak resident set (VmHWM) after all invocations
 */
record Measurement(long jvmStart, long init, long priming, long firstInvoke, long cold, long cpuToFirst, long[] warm, long peakRssKb) {
}
