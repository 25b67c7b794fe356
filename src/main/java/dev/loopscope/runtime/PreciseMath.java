package dev.loopscope.runtime;

/**
 * sin and cos rounded from a double-double evaluation. glibc's sin/cos (which CPython's math
 * uses) are correctly rounded in practice while Java's may be an ulp off, which would change
 * random.gauss() results. Arguments beyond the cheap range reduction fall back to Math.
 */
final class PreciseMath {
    // pi/2 split as in fdlibm: the first two parts have 33 significant bits, so k * part is exact
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;

    private PreciseMath() {
    }

    static double sin(double x) {
        return eval(x, 0);
    }

    static double cos(double x) {
        return eval(x, 1);
    }

    /** shift 0 = sin, 1 = cos (cos x = sin(x + pi/2)). */
    private static double eval(double x, int shift) {
        if (!(Math.abs(x) < 1.0e5)) {
            return shift == 0 ? Math.sin(x) : Math.cos(x);
        }
        long k = Math.round(x / (Math.PI / 2));
        // r = x - k*pi/2 as a double-double
        double[] r = {x, 0.0};
        r = addD(r, -k * PIO2_1);
        r = addD(r, -k * PIO2_2);
        r = addD(r, -k * PIO2_3);
        r = addD(r, -k * PIO2_3T);
        int quadrant = (int) Math.floorMod(k + shift, 4L);
        double[] v = switch (quadrant) {
            case 0 -> sinSeries(r);
            case 1 -> cosSeries(r);
            case 2 -> neg(sinSeries(r));
            default -> neg(cosSeries(r));
        };
        return v[0] + v[1];
    }

    private static double[] sinSeries(double[] r) {
        double[] r2 = mul(r, r);
        double[] term = r;
        double[] sum = r;
        for (int n = 2; n < 60; n += 2) {
            term = div(mul(term, r2), -(double) n * (n + 1));
            sum = add(sum, term);
            if (Math.abs(term[0]) < 1e-40) {
                break;
            }
        }
        return sum;
    }

    private static double[] cosSeries(double[] r) {
        double[] r2 = mul(r, r);
        double[] term = {1.0, 0.0};
        double[] sum = term;
        for (int n = 1; n < 60; n += 2) {
            term = div(mul(term, r2), -(double) n * (n + 1));
            sum = add(sum, term);
            if (Math.abs(term[0]) < 1e-40) {
                break;
            }
        }
        return sum;
    }

    private static double[] neg(double[] a) {
        return new double[] {-a[0], -a[1]};
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new double[] {s, err};
    }

    private static double[] quickTwoSum(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    private static double[] add(double[] a, double[] b) {
        double[] s = twoSum(a[0], b[0]);
        double[] t = twoSum(a[1], b[1]);
        double[] u = quickTwoSum(s[0], s[1] + t[0]);
        return quickTwoSum(u[0], u[1] + t[1]);
    }

    private static double[] addD(double[] a, double b) {
        double[] s = twoSum(a[0], b);
        return quickTwoSum(s[0], s[1] + a[1]);
    }

    private static double[] mul(double[] a, double[] b) {
        double p = a[0] * b[0];
        double e = Math.fma(a[0], b[0], -p);
        e += a[0] * b[1] + a[1] * b[0];
        return quickTwoSum(p, e);
    }

    private static double[] div(double[] a, double b) {
        double q1 = a[0] / b;
        double p = q1 * b;
        double perr = Math.fma(q1, b, -p);
        double rem = ((a[0] - p) - perr) + a[1];
        return quickTwoSum(q1, rem / b);
    }
}
