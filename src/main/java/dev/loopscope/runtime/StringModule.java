package dev.loopscope.runtime;

/** The string module's constants and capwords. */
final class StringModule {
    private StringModule() {
    }

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static final String WHITESPACE = " \t\n\r\u000b\f";

    static PyModule create() {
        PyModule m = new PyModule("string");
        m.set("ascii_lowercase", LOWER).set("ascii_uppercase", UPPER).set("ascii_letters", LOWER + UPPER)
                .set("digits", DIGITS).set("hexdigits", DIGITS + "abcdefABCDEF").set("octdigits", "01234567")
                .set("punctuation", PUNCTUATION).set("whitespace", WHITESPACE)
                .set("printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE);
        m.def("capwords", (a, kw) -> {
            Object[] b = Args.bind("capwords", a, kw, new String[]{"s", "sep"}, 1);
            Object sep = Args.or(b[1], Py.None);
            if (!(b[0] instanceof String s)) {
                throw Py.raise(Builtins.ATTRIBUTE_ERROR, "'" + Py.typeName(b[0]) + "' object has no attribute 'split'");
            }
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (Object w : StrMethods.split(s, sep, -1)) {
                sb.append(first ? "" : sep == Py.None || "".equals(sep) ? " " : (String) sep);
                sb.append(StrMethods.capitalize((String) w));
                first = false;
            }
            return sb.toString();
        });
        return m;
    }
}
