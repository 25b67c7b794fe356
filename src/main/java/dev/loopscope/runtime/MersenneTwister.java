package dev.loopscope.runtime;

import java.math.BigInteger;

/**
 * MT19937 exactly as CPython's Modules/_randommodule.c: seeding by init_by_array over the
 * 32-bit words of |n|, 53-bit random(), and getrandbits() assembling 32-bit outputs from the
 * least significant word up.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    public MersenneTwister() {
        seed(BigInteger.ZERO);
    }

    /** random.seed(n) for an int n: the key is the little-endian 32-bit words of abs(n), [0] for 0. */
    public void seed(BigInteger n) {
        n = n.abs();
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int keyLength = key.length;
        for (int k = Math.max(N, keyLength); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j; // non linear
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= keyLength) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i; // non linear
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // MSB is 1, assuring non-zero initial array
    }

    /** genrand_uint32, as an unsigned value in the low 32 bits of the int. */
    public int nextInt32() {
        int y;
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        y = mt[index++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }

    /** random(): 53 random bits, a = 27 bits, b = 26 bits. */
    public double random() {
        int a = nextInt32() >>> 5;
        int b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for 0 <= k <= 63, as a long. */
    public long getrandbitsLong(int k) {
        if (k <= 32) {
            return k == 0 ? 0 : (nextInt32() & 0xffffffffL) >>> (32 - k);
        }
        long low = nextInt32() & 0xffffffffL;
        long high = (nextInt32() & 0xffffffffL) >>> (64 - k);
        return (high << 32) | low;
    }

    /** getrandbits(k) for any k >= 0. */
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw FormatError.valueError("number of bits must be non-negative");
        }
        if (k <= 63) {
            return BigInteger.valueOf(getrandbitsLong(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4 + 1]; // leading zero byte keeps it non-negative
        for (int i = 0; i < words; i++, k -= 32) {
            long r = nextInt32() & 0xffffffffL;
            if (k < 32) {
                r >>>= (32 - k); // drop the least significant bits
            }
            int at = bigEndian.length - 4 * (i + 1);
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(bigEndian);
    }
}
