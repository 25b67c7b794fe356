import asyncio

async def main():
    print("\N{BULLET} item", "\N{CHECK MARK} done")

asyncio.run(main())
