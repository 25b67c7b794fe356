# Language: float arithmetic and reprs: 0.1+0.2, 1/3, big/small exponents, 1e16, -0.0,
# inf and nan (comparisons, arithmetic), float('inf'), is_integer, OverflowError.
import asyncio

async def main():
    print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 3)
    print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e300 * 1e10)
    print(2.0 ** 0.5, 100.0, 3.0 * 1.1, 1.1 + 2.2, 0.1 * 3, 4.35 * 100)
    print(-0.0, 0.0 == -0.0, -0.0 + 0.0, 5 * -0.0, 1e308 * 10)
    inf = float("inf")
    nan = float("nan")
    print(inf, -inf, inf + 1, inf - inf, inf * 0, 1 / inf, inf > 1e308)
    print(nan, nan == nan, nan != nan, nan > 1, nan < 1, max(1.0, 2.0), min(-inf, 0))
    print(float("1.000000000000000001"), 9007199254740993.0, 2 ** 53 + 1.0)
    print((2.5).is_integer(), (4.0).is_integer(), int(2.9999999999999999), round(1e22))
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5 * 2 ** 0.5)
    print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 3.14e-10)
    try:
        float(10 ** 400)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        1.0 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(f"{0.1 + 0.2:.17f} {1/3:.20f} {2**0.5:.3g}")

asyncio.run(main())
