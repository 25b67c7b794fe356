# Language: f-strings with !r/!s, format specs (width, alignment, fill, sign, grouping,
# precision, %, e, g, x/o/b), nested {width}, str.format and % formatting.
import asyncio

async def main():
    name, n, x = "Ada", 1234567, 3.14159265
    print(f"{name!r} {name!s} {name:>8}| {name:<8}| {name:^8}| {name:*^9}")
    print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:+d}] [{-n:d}] [{n:012d}]")
    print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:e}] [{x:.3e}] [{x:g}] [{1e20:g}] [{0.00001234:g}]")
    print(f"[{0.256:.1%}] [{1/3:%}] [{2.5:.0f}] [{3.5:.0f}] [{1e-7}] [{123456789.0}]")
    print(f"[{255:x}] [{255:#X}] [{8:o}] [{5:08b}] [{65:c}]")
    width, prec = 10, 3
    print(f"[{x:{width}.{prec}f}] [{name:>{width}}] [{'=' * 5}]")
    print(f"{n = }, {x*2 = :.2f}")
    print(f"{{literal braces}} {len(name)} {name.lower()} {[1, 2][-1]}")
    print("{} + {} = {}".format(2, 3, 2 + 3), "{1}{0}".format("a", "b"), "{k:>4}".format(k=7))
    print("%s is %d years, %.1f m, %5s|%-5s|" % ("Bo", 42, 1.756, "r", "l"))
    print(f"{True!r} {None} {-0.0} {float('nan')} {float('-inf'):>6}")
    await asyncio.sleep(0.125)
    print(f"now={asyncio.get_running_loop().time():.4f}")

asyncio.run(main())
