"""Writes TimeTable.java: time.gmtime fields, strftime, asctime and ctime (glibc C locale, TZ=UTC)."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from pytable import enc, result, java_class  # noqa: E402

BASE = 1704103200.0
OFFSETS = [0, 1.5, -0.5, 59, 3600 * 13 + 61, 86400 * 5 + 7, 86400 * 31, 86400 * 59, 86400 * 366 - 1, 86400 * 400,
           -86400 * 3, -BASE, -BASE - 1, -BASE - 86400 * 365.25 * 70, 86400 * 365 * 30 + 12345, 6.7e16 - BASE,
           -62135596800.0 - BASE, -1e12 - BASE, 1e17, float('nan'), 1e20, 86400 * 362, 86400 * 727]
FORMATS = ['%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %%',
           '%e|%F|%T|%D|%R|%n|%t|%G|%g|%V|%u|%C|%h|%s|%k|%l|%P|%r',
           '%-d %_m %10Y %^a %#b %#Z %^#p %Ey %Od %EC %Ex %OY %Q %5 %3% %-5d %_5d %05e %6Y %_6Y %-6Y %3C %1d %-j',
           '%^c|%20c|%020x|%_3e|%#A|%^B|%-H:%-M|%#p|%E|%O|%+|%Ea|%:z', '%', 'plain text', '']

gm_rows = []
str_rows = []
for k in OFFSETS:
    secs = BASE + k

    def fields():
        t = time.gmtime(secs)
        return list(t[:9])
    gm_rows.append([enc(secs), result(fields), result(lambda: time.ctime(secs))])
    try:
        t = time.gmtime(secs)
    except Exception:
        continue
    for f in FORMATS:
        str_rows.append(['g', enc(list(t[:9])), enc(f), result(lambda: time.strftime(f, t))])
    str_rows.append(['g', enc(list(t[:9])), 'n:', result(lambda: time.asctime(t))])

TUPLES = [(5, 3, 7, 5, 6, 7, 0, 66, 0), (99, 3, 7, 5, 6, 7, 0, 66, 0), (999, 3, 7, 5, 6, 7, 0, 66, 0),
          (12345, 3, 7, 5, 6, 7, 0, 66, 0), (-5, 3, 7, 5, 6, 7, 0, 66, 0), (-29719, 3, 7, 5, 6, 7, 0, 66, 0),
          (0, 3, 7, 5, 6, 7, 0, 66, 0), (2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 23, 0, 0, 3, 366, 0),
          (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 0, 61, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0),
          (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 9, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
          (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 12, 0, 0, 0, 1, -1),
          (2024, 1, 1, 12, 0, 0, 0, 1, 1), (2027, 1, 3, 0, 0, 0, 6, 3, 0), (2026, 12, 28, 0, 0, 0, 0, 362, 0)]
for t in TUPLES:
    for f in FORMATS[:4]:
        str_rows.append(['t', enc(list(t)), enc(f), result(lambda: time.strftime(f, t))])
    str_rows.append(['t', enc(list(t)), 'n:', result(lambda: time.asctime(t))])

path = os.path.join(os.path.dirname(__file__), '..', 'java', 'dev', 'loopscope', 'runtime', 'TimeTable.java')
open(path, 'w').write(java_class('TimeTable', {'GMTIME': gm_rows, 'STRFTIME': str_rows},
                                 'CPython 3.11 time module results on glibc 2.36, TZ=UTC.'))
print(len(gm_rows), len(str_rows))
