package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast way answers exactly as the exact search from one digit up. */
class ShortestDigitsTest {

    private static void check(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return;
        }
        assertEquals(FloatRepr.shortest(v, new BigDecimal(v)), ShortestDigits.of(v),
                () -> "for " + v + " (" + Double.doubleToLongBits(v) + ")");
    }

    @Test
    void agreesWithTheExactSearch() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            check(r.nextInt(1, 100_000) / 1000.0); // what scenarios compute: delays, sums of delays
            check(r.nextInt(1, 1000) / 1000.0 + r.nextInt(1, 1000) / 1000.0 + r.nextInt(1, 1000) / 1000.0);
            check(r.nextDouble() * Math.pow(10, r.nextInt(-30, 30)));
        }
        // far exponents make the exact search slow: fewer of them
        for (int i = 0; i < 1_000; i++) {
            check(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE)); // any bits: subnormals to huge
            check(Math.scalb(1.0, r.nextInt(-1074, 1024)));  // powers of two: the lopsided intervals
            check(Math.nextDown(Math.scalb(1.0, r.nextInt(-1022, 1024))));
        }
        for (double v : new double[] {0.1, 0.2, 0.30000000000000004, 1e23, 2e23, 5e-324, Double.MAX_VALUE,
            Double.MIN_NORMAL, 2.82879384806159e17, 1.0E-5, 123456789012345680.0, 9007199254740993.0, 4.35, 0.3}) {
            check(v);
        }
    }
}
