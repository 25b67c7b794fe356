# Language: int arithmetic: big integers, // and % with negative operands, ** with
# negative exponents, bit operations, comparisons, bool arithmetic and ZeroDivisionError.
import asyncio

async def main():
    print(2 ** 100, 3 ** 40 * 7 ** 20, -(2 ** 64) + 1)
    print(10 ** 30 // 7, 10 ** 30 % 7, len(str(2 ** 1000)))
    print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
    print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
    print(2 ** -1, 2 ** -2, (-2) ** 3, -2 ** 2, (-8) ** 2, 0 ** 0)
    print(7 / 2, 6 / 3, -1 / 4, 10 ** 20 / 3)
    print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 70, -256 >> 4, 5 >> 1)
    print((255).bit_length(), abs(-(10 ** 25)), int("100", 16))
    print(True + True, True * 10, False - 1, 3 == 3.0, 10 ** 16 + 1 == 1e16 + 1)
    x = 5
    x += 3; x *= 2; x -= 1; x //= 4; x **= 3; x %= 5
    print("x =", x)
    for a, b in [(1, 0), (1.5, 0), (5, 0)]:
        try:
            if isinstance(a, float):
                print(a / b)
            elif a == 1:
                print(a // b)
            else:
                print(a % b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        0 ** -1
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

asyncio.run(main())
