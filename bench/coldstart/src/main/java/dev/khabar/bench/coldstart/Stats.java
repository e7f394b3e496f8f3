package dev.khabar.bench.coldstart;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

/** Medians: the machine is shared and noisy, so means would report the neighbours' builds. */
final class Stats {
    private Stats() {
    }

    static double median(long[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    static <T> double median(List<T> runs, ToLongFunction<T> value) {
        return median(runs.stream().mapToLong(value).toArray());
    }

    /** The median over every warm invocation of every run. */
    static double medianWarm(List<Measurement> runs) {
        return median(runs.stream().flatMapToLong(m -> LongStream.of(m.warm())).toArray());
    }

    static double millis(double nanos) {
        return nanos / 1_000_000.0;
    }
}
