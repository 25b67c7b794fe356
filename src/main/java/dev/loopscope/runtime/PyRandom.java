package dev.loopscope.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * random.Random of CPython 3.11 (Lib/random.py over the Mersenne Twister), reproducing the same
 * sequences for the same seed. Ints are returned as Long or BigInteger like the interpreter expects.
 */
public final class PyRandom {
    // the module constants as CPython computes them at import, pinned to avoid libm differences
    private static final double NV_MAGICCONST = 1.7155277699214135;
    private static final double LOG4 = 1.3862943611198906;
    private static final double SG_MAGICCONST = 2.504077396776274;
    private static final double TWOPI = 6.283185307179586;

    private final MersenneTwister mt = new MersenneTwister();
    /** The second value of the last gauss() pair, or null. */
    private Double gaussNext;

    public PyRandom() {
    }

    public PyRandom(Object seed) {
        seed(seed);
    }

    /** seed(a) for an int (Long/BigInteger/Boolean) or a str (version 2: a + sha512(a)). */
    public void seed(Object a) {
        if (a instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(utf8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            byte[] all = new byte[utf8.length + digest.length + 1];
            System.arraycopy(utf8, 0, all, 1, utf8.length);
            System.arraycopy(digest, 0, all, 1 + utf8.length, digest.length);
            mt.seed(new BigInteger(all)); // int.from_bytes(a + digest), big-endian, unsigned
        } else {
            mt.seed(IntOps.toBig(a));
        }
        gaussNext = null;
    }

    public double random() {
        return mt.random();
    }

    /** getrandbits(k) as a Python int (Long or BigInteger). */
    public Object getrandbits(long k) {
        if (k < 0) {
            throw FormatError.valueError("number of bits must be non-negative");
        }
        return IntOps.normalize(mt.getrandbits((int) k));
    }

    /** _randbelow_with_getrandbits: rejection sampling with k = n.bit_length(). */
    long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = mt.getrandbitsLong(k);
        while (r >= n) {
            r = mt.getrandbitsLong(k);
        }
        return r;
    }

    BigInteger randbelow(BigInteger n) {
        if (n.bitLength() < 63) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = mt.getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = mt.getrandbits(k);
        }
        return r;
    }

    /** randrange(stop). */
    public Object randrange(Object stop) {
        BigInteger istart = index(stop, "non-integer arg 1 for randrange()");
        if (istart.signum() > 0) {
            return IntOps.normalize(randbelow(istart));
        }
        throw FormatError.valueError("empty range for randrange()");
    }

    /** randrange(start, stop). */
    public Object randrange(Object start, Object stop) {
        return randrange(start, stop, 1L);
    }

    /**
     * randrange(start, stop, step). A null stop with a step is CPython's TypeError; Double
     * arguments are accepted when integral (deprecated in 3.11 but still working).
     */
    public Object randrange(Object start, Object stop, Object step) {
        BigInteger istart = index(start, "non-integer arg 1 for randrange()");
        if (stop == null) {
            throw FormatError.typeError("Missing a non-None stop argument");
        }
        BigInteger istop = index(stop, "non-integer stop for randrange()");
        BigInteger width = istop.subtract(istart);
        BigInteger istep = index(step, "non-integer step for randrange()");
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return IntOps.normalize(istart.add(randbelow(width)));
            }
            throw FormatError.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw FormatError.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw FormatError.valueError("empty range for randrange()");
        }
        return IntOps.normalize(istart.add(istep.multiply(randbelow(n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static BigInteger index(Object v, String nonIntegerMessage) {
        if (v instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.floor(d)) {
                if (Double.isInfinite(d)) {
                    throw FormatError.overflowError("cannot convert float infinity to integer");
                }
                if (Double.isNaN(d)) {
                    throw FormatError.valueError("cannot convert float NaN to integer");
                }
                throw FormatError.valueError(nonIntegerMessage);
            }
            return IntOps.toBig(IntOps.fromDouble(d));
        }
        return IntOps.toBig(v);
    }

    /** randint(a, b) == randrange(a, b + 1). */
    public Object randint(Object a, Object b) {
        return randrange(a, IntOps.normalize(IntOps.toBig(b).add(BigInteger.ONE)));
    }

    public <T> T choice(List<T> seq) {
        if (seq.isEmpty()) {
            throw new FormatError("IndexError", "Cannot choose from an empty sequence");
        }
        return seq.get((int) randbelow(seq.size()));
    }

    /** shuffle(x): in place, from the end. */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = (int) randbelow(i + 1);
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /** sample(population, k): the pool algorithm for small populations, else a selected-index set. */
    public <T> List<T> sample(List<T> population, long k) {
        int n = population.size();
        if (k < 0 || k > n) {
            throw FormatError.valueError("Sample larger than population or is negative");
        }
        int kk = (int) k;
        List<T> result = new ArrayList<>(kk);
        double setsize = 21; // size of a small set minus size of an empty list
        if (kk > 5) {
            setsize += Math.pow(4, Math.ceil(Math.log(kk * 3.0) / Math.log(4.0))); // table size for big sets
        }
        if (n <= setsize) {
            List<T> pool = new ArrayList<>(population);
            for (int i = 0; i < kk; i++) {
                int j = (int) randbelow(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1)); // move a non-selected item into the vacancy
            }
        } else {
            Set<Integer> selected = new HashSet<>();
            for (int i = 0; i < kk; i++) {
                int j = (int) randbelow(n);
                while (selected.contains(j)) {
                    j = (int) randbelow(n);
                }
                selected.add(j);
                result.add(population.get(j));
            }
        }
        return result;
    }

    /**
     * choices(population, weights, k=k) with optional (cumulative) weights as doubles; null for
     * equal probability.
     */
    public <T> List<T> choices(List<T> population, double[] weights, long k) {
        int n = population.size();
        List<T> out = new ArrayList<>();
        if (weights == null) {
            double nf = n;
            for (long i = 0; i < k; i++) {
                out.add(population.get((int) Math.floor(random() * nf)));
            }
            return out;
        }
        if (weights.length != n) {
            throw FormatError.valueError("The number of weights does not match the population");
        }
        double[] cum = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc = i == 0 ? weights[0] : acc + weights[i];
            cum[i] = acc;
        }
        double total = n == 0 ? 0.0 : cum[n - 1];
        if (n == 0) {
            throw new FormatError("IndexError", "list index out of range");
        }
        if (total <= 0.0) {
            throw FormatError.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw FormatError.valueError("Total of weights must be finite");
        }
        for (long i = 0; i < k; i++) {
            out.add(population.get(bisectRight(cum, random() * total, n - 1)));
        }
        return out;
    }

    private static int bisectRight(double[] a, double x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < a[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------ real-valued distributions

    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** triangular(low, high, mode); a null mode means the midpoint. */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else {
            if (high - low == 0.0) {
                return low; // ZeroDivisionError caught in random.py
            }
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    /** Kinderman and Monahan's ratio-of-uniforms method. */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** Box-Muller, caching the second value of each pair as random.py does. */
    public double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * TWOPI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = PreciseMath.cos(x2pi) * g2rad;
            gaussNext = PreciseMath.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    public double lognormvariate(double mu, double sigma) {
        return Math.exp(normalvariate(mu, sigma));
    }

    public double expovariate(double lambd) {
        if (lambd == 0.0) {
            throw new FormatError("ZeroDivisionError", "float division by zero");
        }
        return -Math.log(1.0 - random()) / lambd;
    }

    public double gammavariate(double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw FormatError.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - random();
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) {
                    return x * beta;
                }
            }
        } else if (alpha == 1.0) {
            return -Math.log(1.0 - random()) * beta;
        }
        double x;
        while (true) {
            double u = random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            if (p <= 1.0) {
                x = Math.pow(p, 1.0 / alpha);
            } else {
                x = -Math.log((b - p) / alpha);
            }
            double u1 = random();
            if (p > 1.0) {
                if (u1 <= Math.pow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= Math.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    public double betavariate(double alpha, double beta) {
        double y = gammavariate(alpha, 1.0);
        if (y != 0.0) {
            return y / (y + gammavariate(beta, 1.0));
        }
        return 0.0;
    }

    public double paretovariate(double alpha) {
        double u = 1.0 - random();
        return Math.pow(u, -1.0 / alpha);
    }

    public double weibullvariate(double alpha, double beta) {
        double u = 1.0 - random();
        return alpha * Math.pow(-Math.log(u), 1.0 / beta);
    }

    /** randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
    public byte[] randbytes(int n) {
        BigInteger v = mt.getrandbits(n * 8);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
