import asyncio
import random

async def main():
    rng = random.Random(7)
    print(rng.randint(1, 6), rng.random())

asyncio.run(main())
