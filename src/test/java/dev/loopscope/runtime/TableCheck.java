package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every mismatch of a table so one run shows all differences from CPython. */
final class TableCheck {
    private final List<String> failures = new ArrayList<>();
    private int count;

    void check(String label, String expectedField, Supplier<Object> actual) {
        count++;
        String want = TableData.expected(expectedField);
        String got;
        try {
            got = TableData.outcome(actual);
        } catch (RuntimeException e) {
            got = "crash " + e;
        }
        if (!want.equals(got)) {
            failures.add(label + "\n    want " + want + "\n    got  " + got);
        }
    }

    void done() {
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " of " + count + " cases differ from CPython:\n");
            failures.stream().limit(40).forEach(f -> sb.append(f).append('\n'));
            fail(sb.toString());
        }
    }
}
