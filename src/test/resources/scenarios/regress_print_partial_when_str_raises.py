import asyncio

class Bad:
    def __str__(self):
        raise ValueError("no str")

async def main():
    print("value:", Bad())

asyncio.run(main())
