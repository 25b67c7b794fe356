import asyncio

async def main():
    width = 40 / 2
    for a, b in [("-", width), ("ab", "3"), ([0], 1.5), ((1,), "x")]:
        try:
            print(a * b)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
