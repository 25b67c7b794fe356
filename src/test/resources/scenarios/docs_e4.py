import asyncio
async def bad():
    await asyncio.sleep(0.1)
    return 1 / 0
async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(1)
    x = {"a": [1, 2, {3, 4}], (1, 2): None, 2.5: -0.0}
    print(x, f"{x!r:>60}")
    print("%5.2f|%-6s|%03d|%x|%r" % (3.14159, "ab", 7, 255, "q"))
    print("{:>8}|{:^9}|{:,}|{:.3e}".format("r", "c", 1234567, 0.000123))
asyncio.run(main())
