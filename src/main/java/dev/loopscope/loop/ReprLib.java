package dev.loopscope.loop;

import dev.loopscope.runtime.Py;

/** reprlib.repr as asyncio uses it for callback arguments: long reprs are shortened. */
final class ReprLib {
    private ReprLib() {
    }

    static String repr(Object o) {
        String r = Py.repr(o);
        int max = o instanceof String ? 30 : o instanceof Long || o instanceof java.math.BigInteger ? 40 : 30;
        if (r.length() <= max) {
            return r;
        }
        if (o instanceof Long || o instanceof java.math.BigInteger) {
            int i = Math.max(0, (max - 3) / 2);
            int j = Math.max(0, max - 3 - i);
            return r.substring(0, i) + "..." + r.substring(r.length() - j);
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return r.substring(0, i) + "..." + r.substring(r.length() - j);
    }
}
