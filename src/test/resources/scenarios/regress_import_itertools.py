import asyncio
import itertools

async def main():
    for i in itertools.count():
        if i == 3:
            break
        print(i)

asyncio.run(main())
