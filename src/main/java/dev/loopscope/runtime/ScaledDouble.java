package dev.loopscope.runtime;

/**
 * A double times a power of ten, held exactly as a 128-bit integer over a power of two:
 * {@code v * 10^k = n / 2^shift}. With it repr finds the decimals of a given length next to the
 * value, and which of them read back as it, in a few long operations; BigDecimal and
 * Double.parseDouble do the same in microseconds, most of a float's repr in a fresh JVM (measured:
 * 60 ms for 10,000 reprs). Only for the values scenarios print: normal doubles below 2^53 scaled
 * by 10^0 to 10^27; {@link #of} is null for others.
 */
final class ScaledDouble {
    private static final int MAX_POWER = 27; // 5^27 < 2^63
    private static final long MAX_UNITS = 100_000_000_000_000_000L; // below 2^57
    private static final int MAX_SHIFT = 68; // a 57-bit decimal shifted by shift + 2 stays below 2^127
    private static final long[] POWERS_OF_FIVE = new long[MAX_POWER + 1];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int i = 1; i <= MAX_POWER; i++) {
            POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1] * 5;
        }
    }

    // n = mantissa * 5^k; the value is n / 2^shift
    private final long hi;
    private final long lo;
    private final int shift;
    private final long fiveToK;
    /** Just above a power of two the gap below is half the gap above. */
    private final boolean narrowBelow;

    private ScaledDouble(long hi, long lo, int shift, long fiveToK, boolean narrowBelow) {
        this.hi = hi;
        this.lo = lo;
        this.shift = shift;
        this.fiveToK = fiveToK;
        this.narrowBelow = narrowBelow;
    }

    /** {@code value * 10^k} exactly, or null when it is outside this class's range. */
    static ScaledDouble of(double value, int k) {
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) (bits >>> 52) & 0x7ff;
        if (bits <= 0 || biased == 0 || biased == 0x7ff || k < 0 || k > MAX_POWER) {
            return null; // not positive, subnormal, infinite or NaN, or scaled beyond 5^27
        }
        long fraction = bits & ((1L << 52) - 1);
        long mantissa = fraction | (1L << 52);
        int shift = 1075 - biased - k; // value = mantissa * 2^(biased - 1075)
        if (shift < 0 || shift > MAX_SHIFT) {
            return null;
        }
        long five = POWERS_OF_FIVE[k];
        return new ScaledDouble(Math.multiplyHigh(mantissa, five), mantissa * five, shift, five,
                fraction == 0 && biased > 1);
    }

    /** floor(v * 10^k), or -1 when it does not fit a long. */
    long floor() {
        if (shift == 0) {
            return hi == 0 && lo >= 0 ? lo : -1;
        }
        if (shift < 64) {
            long f = (lo >>> shift) | (hi << (64 - shift));
            return (hi >>> shift) == 0 && f >= 0 ? f : -1;
        }
        long f = hi >>> (shift - 64);
        return f >= 0 ? f : -1;
    }

    /** The sign of (v * 10^k - floor) - 1/2: which of floor and floor + 1 is nearer. */
    int fractionAgainstHalf() {
        if (shift == 0) {
            return -1; // an integer: no fraction
        }
        int half = shift - 1;
        long halfBit = half < 64 ? (lo >>> half) & 1 : (hi >>> (half - 64)) & 1;
        if (halfBit == 0) {
            return -1;
        }
        boolean beyondHalf;
        if (half < 64) {
            beyondHalf = half > 0 && (lo & ((1L << half) - 1)) != 0;
        } else {
            beyondHalf = lo != 0 || half > 64 && (hi & ((1L << (half - 64)) - 1)) != 0;
        }
        return beyondHalf ? 1 : 0;
    }

    /**
     * Whether the decimal {@code units * 10^-k} reads back as v: whether it lies within half a gap of v.
     * {@code units} has 1 to 17 digits, as a double's shortest decimal does.
     */
    boolean readsBack(long units) {
        if (units <= 0 || units > MAX_UNITS) {
            throw new IllegalArgumentException("not a 1- to 17-digit decimal: " + units);
        }
        // in units of 2^-(shift + 2): v is 4n, the gap above is 4 * 5^k, the gap below that or half of it
        long vHi = (hi << 2) | (lo >>> 62);
        long vLo = lo << 2;
        int s = shift + 2;
        long uHi = s < 64 ? units >>> (64 - s) : units << (s - 64);
        long uLo = s < 64 ? units << s : 0;
        long up = 2 * fiveToK;
        long down = narrowBelow ? fiveToK : up;
        int c = compare(uHi, uLo, vHi, vLo);
        if (c == 0) {
            return true;
        }
        long dHi;
        long dLo;
        if (c > 0) { // distance u - v against the half gap above
            dLo = uLo - vLo;
            dHi = uHi - vHi - (Long.compareUnsigned(uLo, vLo) < 0 ? 1 : 0);
        } else {
            dLo = vLo - uLo;
            dHi = vHi - uHi - (Long.compareUnsigned(vLo, uLo) < 0 ? 1 : 0);
        }
        // never equal, so no tie to break: u * 2^(shift + 2) is a multiple of 4, the half-way points
        // 4n +- 2 * 5^k are not (2n +- 5^k is odd), nor is 4n - 5^k
        return compare(dHi, dLo, 0, c > 0 ? up : down) < 0;
    }

    private static int compare(long aHi, long aLo, long bHi, long bLo) {
        int c = Long.compareUnsigned(aHi, bHi);
        return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
    }
}
