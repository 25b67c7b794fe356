package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 128-bit scaling agrees with BigDecimal and with Java's exact parse. */
class ScaledDoubleTest {

    private static void check(double v, int k) {
        ScaledDouble s = ScaledDouble.of(v, k);
        if (s == null) {
            return;
        }
        BigDecimal scaled = new BigDecimal(v).scaleByPowerOfTen(k);
        BigDecimal floor = scaled.setScale(0, RoundingMode.FLOOR);
        String at = v + " * 10^" + k;
        if (floor.toBigIntegerExact().bitLength() > 63) {
            assertEquals(-1, s.floor(), at);
            return;
        }
        long f = floor.longValueExact();
        assertEquals(f, s.floor(), at);
        BigDecimal half = new BigDecimal("0.5");
        assertEquals(scaled.subtract(floor).compareTo(half), s.fractionAgainstHalf(), at);
        for (long units = Math.max(1, f - 3); units <= Math.min(f + 4, 100_000_000_000_000_000L); units++) {
            boolean parsed = Double.parseDouble(units + "E" + -k) == v;
            assertEquals(parsed, s.readsBack(units), at + ": " + units + "E" + -k);
        }
    }

    @Test
    void agreesWithBigDecimalAndTheParse() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double v = r.nextInt(1, 100_000) / 1000.0 + (r.nextBoolean() ? 0 : r.nextInt(1, 1000) / 1000.0);
            int decpt = (int) Math.floor(Math.log10(v)) + 1;
            check(v, 17 - decpt);
            check(v, 16 - decpt);
            check(v, r.nextInt(0, 28));
            double any = r.nextDouble() * Math.pow(10, r.nextInt(-12, 16));
            check(any, r.nextInt(0, 28));
            check(Math.scalb(1.0, r.nextInt(-40, 53)), r.nextInt(0, 28)); // narrow gap below
        }
        // halfway decimals: between 2^53-adjacent values the midpoints are exact decimals of few digits
        for (double v : new double[] {0.5, 1.0, 2.5, 1.0 / 3, 0.1, 0.30000000000000004, 9007199254740991.0,
            4.35, 1e-5, 5e-15}) {
            for (int k = 0; k <= 27; k++) {
                check(v, k);
                check(Math.nextUp(v), k);
                check(Math.nextDown(v), k);
            }
        }
    }

    @Test
    void refusesWhatItCannotHold() {
        assertNull(ScaledDouble.of(0.0, 3));
        assertNull(ScaledDouble.of(-1.5, 3));
        assertNull(ScaledDouble.of(Double.MIN_VALUE, 3)); // subnormal
        assertNull(ScaledDouble.of(Double.POSITIVE_INFINITY, 3));
        assertNull(ScaledDouble.of(1.5, -1));
        assertNull(ScaledDouble.of(1.5, 28));
        assertNull(ScaledDouble.of(1e300, 0)); // far above 2^53
        assertThrows(IllegalArgumentException.class, () -> ScaledDouble.of(1.5, 3).readsBack(100_000_000_000_000_001L));
    }
}
