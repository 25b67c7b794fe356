package dev.loopscope.runtime;

/**
 * time.gmtime/localtime, time.strftime, asctime and ctime for LoopScope's virtual clock, whose
 * local time zone is UTC. strftime is a port of glibc 2.36's C-locale strftime as CPython 3.11
 * calls it on Linux, including its flags (- _ 0 ^ #), field widths and E/O modifiers.
 */
public final class TimeFormat {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private TimeFormat() {
    }

    /**
     * A time.struct_time in Python's conventions: mon 1..12, wday Monday=0, yday 1..366.
     * {@code zone} null means "not given" (a plain tuple): the local zone name "UTC" is used.
     */
    public record StructTime(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday,
                             int isdst, String zone, long gmtoff) {
        public StructTime(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst) {
            this(year, mon, mday, hour, min, sec, wday, yday, isdst, null, 0);
        }

        /** The nine tuple fields. */
        public long[] fields() {
            return new long[] {year, mon, mday, hour, min, sec, wday, yday, isdst};
        }
    }

    /** time.gmtime(secs): glibc names the zone "GMT". */
    public static StructTime gmtime(double secs) {
        return breakDown(toTimeT(secs), "GMT");
    }

    /** time.localtime(secs) in the virtual world, which runs on UTC. */
    public static StructTime localtime(double secs) {
        return breakDown(toTimeT(secs), "UTC");
    }

    /** _PyTime_ObjectToTime_t with ROUND_FLOOR. */
    static long toTimeT(double secs) {
        if (Double.isNaN(secs)) {
            throw FormatError.valueError("Invalid value NaN (not a number)");
        }
        double f = Math.floor(secs);
        if (!(f >= -9.223372036854775808e18 && f < 9.223372036854775808e18)) {
            throw FormatError.overflowError("timestamp out of range for platform time_t");
        }
        return (long) f;
    }

    static StructTime breakDown(long t, String zone) {
        long days = Math.floorDiv(t, 86400L);
        long rem = Math.floorMod(t, 86400L);
        // civil_from_days (H. Hinnant): proleptic Gregorian, valid for the whole long range used here
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        if (y - 1900 > Integer.MAX_VALUE || y - 1900 < Integer.MIN_VALUE) {
            // glibc's struct tm holds tm_year in an int
            throw new FormatError("OSError", "[Errno 75] Value too large for defined data type");
        }
        int wday = (int) Math.floorMod(days + 3, 7L); // 1970-01-01 was a Thursday (Monday=0)
        int yday = (int) (days - daysFromCivil(y, 1, 1)) + 1;
        return new StructTime(y, m, d, (int) (rem / 3600), (int) (rem / 60 % 60), (int) (rem % 60), wday, yday,
                0, zone, 0);
    }

    /** days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
    static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static boolean isLeap(long y) {
        return Math.floorMod(y, 4) == 0 && (Math.floorMod(y, 100) != 0 || Math.floorMod(y, 400) == 0);
    }

    /** CPython's checktm plus gettmarg's zero defaults; returns the struct tm fields (C conventions). */
    private static Tm toTm(StructTime s) {
        Tm tm = new Tm();
        tm.year = s.year();
        tm.mon = s.mon() - 1;
        tm.mday = s.mday();
        tm.hour = s.hour();
        tm.min = s.min();
        tm.sec = s.sec();
        tm.wday = (s.wday() + 1) % 7; // C's %: a negative stays negative
        tm.yday = s.yday() - 1;
        tm.isdst = s.isdst();
        tm.zone = s.zone();
        tm.gmtoff = s.gmtoff();
        if (tm.mon == -1) {
            tm.mon = 0;
        } else if (tm.mon < 0 || tm.mon > 11) {
            throw FormatError.valueError("month out of range");
        }
        if (tm.mday == 0) {
            tm.mday = 1;
        } else if (tm.mday < 0 || tm.mday > 31) {
            throw FormatError.valueError("day of month out of range");
        }
        if (tm.hour < 0 || tm.hour > 23) {
            throw FormatError.valueError("hour out of range");
        }
        if (tm.min < 0 || tm.min > 59) {
            throw FormatError.valueError("minute out of range");
        }
        if (tm.sec < 0 || tm.sec > 61) {
            throw FormatError.valueError("seconds out of range");
        }
        if (tm.wday < 0) {
            throw FormatError.valueError("day of week out of range");
        }
        if (tm.yday == -1) {
            tm.yday = 0;
        } else if (tm.yday < 0 || tm.yday > 365) {
            throw FormatError.valueError("day of year out of range");
        }
        return tm;
    }

    /** struct tm: mon 0..11, wday Sunday=0, yday 0..365, year is the full year. */
    private static final class Tm {
        long year;
        int mon;
        int mday;
        int hour;
        int min;
        int sec;
        int wday;
        int yday;
        int isdst;
        String zone;
        long gmtoff;
    }

    /** time.asctime(t): "Mon Jan  1 10:00:00 2024" (CPython formats this itself, not via strftime). */
    public static String asctime(StructTime t) {
        Tm tm = toTm(t);
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[(tm.wday + 6) % 7].substring(0, 3),
                MONTHS[tm.mon].substring(0, 3), tm.mday, tm.hour, tm.min, tm.sec, tm.year);
    }

    /** time.ctime(secs) == asctime(localtime(secs)). */
    public static String ctime(double secs) {
        return asctime(localtime(secs));
    }

    /** time.strftime(format, t). */
    public static String strftime(String format, StructTime t) {
        if (format.indexOf('\0') >= 0) {
            throw FormatError.valueError("embedded null character");
        }
        StringBuilder out = new StringBuilder();
        new Strftime(toTm(t), out).run(format, false);
        return out.toString();
    }

    /** One glibc __strftime_internal invocation (recursive for %c, %x, %D, ...). */
    private static final class Strftime {
        private final Tm tm;
        private final StringBuilder out;

        Strftime(Tm tm, StringBuilder out) {
            this.tm = tm;
            this.out = out;
        }

        void run(String f, boolean upcase) {
            int i = 0;
            int n = f.length();
            while (i < n) {
                char c = f.charAt(i);
                if (c != '%') {
                    out.append(c);
                    i++;
                    continue;
                }
                int start = i;
                i++;
                char pad = 0;
                boolean toUpper = upcase;
                boolean changeCase = false;
                flags:
                while (i < n) {
                    switch (f.charAt(i)) {
                        case '_', '-', '0' -> pad = f.charAt(i);
                        case '^' -> toUpper = true;
                        case '#' -> changeCase = true;
                        default -> {
                            break flags;
                        }
                    }
                    i++;
                }
                int width = -1;
                if (i < n && Character.isDigit(f.charAt(i)) && f.charAt(i) < 128) {
                    width = 0;
                    while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                        width = (int) Math.min(Integer.MAX_VALUE, width * 10L + (f.charAt(i) - '0'));
                        i++;
                    }
                }
                char modifier = 0;
                if (i < n && (f.charAt(i) == 'E' || f.charAt(i) == 'O')) {
                    modifier = f.charAt(i++);
                }
                char conv = i < n ? f.charAt(i) : 0;
                Spec s = new Spec(pad, width, toUpper, changeCase, modifier);
                if (conv == 0 || !convert(conv, s)) {
                    // unknown or malformed: glibc copies the directive text itself (% at end: just "%...")
                    int end = conv == 0 ? n : i + 1;
                    text(f.substring(start, end), s, false);
                }
                i = conv == 0 ? n : i + 1;
            }
        }

        /** Flags and width of one directive. */
        private record Spec(char pad, int width, boolean toUpper, boolean changeCase, char modifier) {
        }

        /** Returns false for glibc's bad_format. */
        private boolean convert(char conv, Spec s) {
            char mod = s.modifier();
            long year = tm.year;
            switch (conv) {
                case '%':
                    if (mod != 0) {
                        return false;
                    }
                    text("%", s, false);
                    return true;
                case 'a':
                case 'A':
                    if (mod != 0) {
                        return false;
                    }
                    String day = DAYS[(tm.wday + 6) % 7];
                    text(conv == 'a' ? day.substring(0, 3) : day, s.changeCase() ? upper(s) : s, false);
                    return true;
                case 'b':
                case 'h':
                case 'B':
                    if (mod == 'E') {
                        return false;
                    }
                    String month = MONTHS[tm.mon];
                    text(conv == 'B' ? month : month.substring(0, 3), s.changeCase() ? upper(s) : s, false);
                    return true;
                case 'c':
                    return mod != 'O' && sub("%a %b %e %H:%M:%S %Y", s);
                case 'C':
                    return mod != 'O' && yearish(Math.floorDiv(year, 100), s);
                case 'x':
                    return mod != 'O' && sub("%m/%d/%y", s);
                case 'X':
                    return mod != 'O' && sub("%H:%M:%S", s);
                case 'D':
                    return mod == 0 && sub("%m/%d/%y", s);
                case 'F':
                    return mod == 0 && sub("%Y-%m-%d", s);
                case 'r':
                    return sub("%I:%M:%S %p", s);
                case 'R':
                    return sub("%H:%M", s);
                case 'T':
                    return sub("%H:%M:%S", s);
                case 'd':
                    return mod != 'E' && number(2, tm.mday, s, false);
                case 'e':
                    return mod != 'E' && number(2, tm.mday, s, true);
                case 'H':
                    return mod != 'E' && number(2, tm.hour, s, false);
                case 'k':
                    return mod != 'E' && number(2, tm.hour, s, true);
                case 'I':
                    return mod != 'E' && number(2, hour12(), s, false);
                case 'l':
                    return mod != 'E' && number(2, hour12(), s, true);
                case 'j':
                    return mod != 'E' && number(3, 1 + tm.yday, s, false);
                case 'm':
                    return mod != 'E' && number(2, tm.mon + 1, s, false);
                case 'M':
                    return mod != 'E' && number(2, tm.min, s, false);
                case 'S':
                    return mod != 'E' && number(2, tm.sec, s, false);
                case 'n':
                    text("\n", s, false);
                    return true;
                case 't':
                    text("\t", s, false);
                    return true;
                case 'p':
                case 'P': {
                    boolean lower = conv == 'P' || s.changeCase();
                    text(tm.hour > 11 ? "PM" : "AM", s, lower);
                    return true;
                }
                case 's':
                    return number(1, epochSeconds(), s, false);
                case 'u':
                    return number(1, (tm.wday - 1 + 7) % 7 + 1, s, false);
                case 'w':
                    return mod != 'E' && number(1, tm.wday, s, false);
                case 'U':
                    return mod != 'E' && number(2, (tm.yday - tm.wday + 7) / 7, s, false);
                case 'W':
                    return mod != 'E' && number(2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, s, false);
                case 'V':
                case 'g':
                case 'G':
                    return mod != 'E' && isoWeek(conv, s);
                case 'y':
                    return number(2, Math.floorMod(year, 100), s, false);
                case 'Y':
                    return mod != 'O' && yearish(year, s);
                case 'z': {
                    if (tm.isdst < 0) {
                        return true;
                    }
                    long diff = tm.gmtoff;
                    StringBuilder saved = new StringBuilder();
                    saved.append(diff < 0 ? '-' : '+');
                    diff = Math.abs(diff) / 60;
                    text(saved.toString(), s, false);
                    return number(4, (diff / 60) * 100 + diff % 60, s, false);
                }
                case 'Z': {
                    String zone = tm.isdst < 0 ? "" : tm.zone == null ? "UTC" : tm.zone;
                    text(zone, s, s.changeCase());
                    return true;
                }
                default:
                    return false;
            }
        }

        private static Spec upper(Spec s) {
            return new Spec(s.pad(), s.width(), true, s.changeCase(), s.modifier());
        }

        private int hour12() {
            int h = tm.hour % 12;
            return h == 0 ? 12 : h;
        }

        private long epochSeconds() {
            // mktime in the virtual UTC zone: it normalises seconds 60 and 61, and a claimed DST
            // (isdst > 0) in a zone without DST is taken as one hour ahead
            long t = daysFromCivil(tm.year, tm.mon + 1, tm.mday) * 86400L + tm.hour * 3600L + tm.min * 60L + tm.sec;
            return tm.isdst > 0 ? t - 3600 : t;
        }

        /** glibc iso_week_days: days since the Monday starting the ISO week 1 (may be negative). */
        private static int isoWeekDays(int yday, int wday) {
            int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
            return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
        }

        private boolean isoWeek(char conv, Spec s) {
            long year = tm.year;
            int days = isoWeekDays(tm.yday, tm.wday);
            if (days < 0) {
                year--; // the week belongs to the previous ISO year
                days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
            } else {
                int d = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
                if (d >= 0) {
                    year++;
                    days = d;
                }
            }
            return switch (conv) {
                case 'g' -> number(2, Math.floorMod(year, 100), s, false);
                case 'G' -> yearish(year, s);
                default -> number(2, days / 7 + 1, s, false);
            };
        }

        /** Subformats (%c, %x, ...) inherit the upper-casing and are padded as a whole. */
        private boolean sub(String fmt, Spec s) {
            StringBuilder inner = new StringBuilder();
            new Strftime(tm, inner).run(fmt, s.toUpper());
            String r = inner.toString();
            text(s.toUpper() ? r.toUpperCase() : r, s, false);
            return true;
        }

        /** Years and centuries are not padded unless a width is given (observed glibc 2.36 behaviour). */
        private boolean yearish(long v, Spec s) {
            return number(s.width() < 0 ? 1 : s.width(), v, s, false);
        }

        /** do_number / do_number_spacepad / do_number_sign_and_padding. */
        private boolean number(int d, long v, Spec s, boolean spacePad) {
            char pad = s.pad();
            if (spacePad && pad != '0' && pad != '-') {
                pad = '_';
            }
            int digits = Math.max(d, s.width());
            int width = s.width();
            String num = Long.toString(Math.abs(v));
            boolean negative = v < 0;
            StringBuilder b = new StringBuilder();
            if (negative) {
                b.append('-');
            }
            b.append(num);
            if (pad != '-') {
                int padding = digits - b.length();
                if (padding > 0) {
                    if (pad == '_') {
                        FormatSpec.repeat(out, ' ', padding);
                        width = width > padding ? width - padding : 0;
                    } else {
                        if (negative) {
                            out.append('-');
                            b.deleteCharAt(0);
                        }
                        FormatSpec.repeat(out, '0', padding);
                        width = 0;
                    }
                }
            }
            add(b.toString(), width, pad, false, false);
            return true;
        }

        private void text(String str, Spec s, boolean lower) {
            add(str, s.width(), s.pad(), lower, s.toUpper());
        }

        /** glibc's add()/cpy(): pad to the width (zeros only for the '0' flag), then copy with case mapping. */
        private void add(String str, int width, char pad, boolean lower, boolean upperCase) {
            int delta = width - str.length();
            if (delta > 0) {
                FormatSpec.repeat(out, pad == '0' ? '0' : ' ', delta);
            }
            out.append(lower ? str.toLowerCase() : upperCase ? str.toUpperCase() : str);
        }
    }
}
