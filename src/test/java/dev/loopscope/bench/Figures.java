package dev.loopscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, printed together as one table at the end. */
final class Figures {
    private record Row(String figure, String value, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A figure with no target. */
    void add(String figure, String value) {
        rows.add(new Row(figure, value, "", ""));
    }

    /** A figure measured against a target: {@code met} says whether it holds. */
    void add(String figure, String value, String target, boolean met) {
        rows.add(new Row(figure, value, target, met ? "met" : "MISSED"));
    }

    void print() {
        int w = "figure".length();
        int v = "value".length();
        int t = "target".length();
        for (Row r : rows) {
            w = Math.max(w, r.figure.length());
            v = Math.max(v, r.value.length());
            t = Math.max(t, r.target.length());
        }
        String format = "%-" + w + "s  %" + v + "s  %-" + t + "s  %s%n";
        System.out.println();
        System.out.println("=== LoopScope benchmark figures (" + Runtime.getRuntime().availableProcessors()
                + " cores; other load on the machine shows in these numbers) ===");
        System.out.printf(Locale.ROOT, format, "figure", "value", "target", "");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, format, r.figure, r.value, r.target, r.verdict);
        }
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** The median and the {@code q} quantile of {@code values} (sorted in place). */
    static double quantile(double[] values, double q) {
        java.util.Arrays.sort(values);
        return values[Math.min(values.length - 1, (int) Math.floor(q * values.length))];
    }
}
