# B: tasks. create_task puts both coroutines on the loop at once and gather waits for both,
# so their waits overlap: the total is the longest wait, 2 s.
import asyncio

async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink

async def main():
    coffee = asyncio.create_task(brew("coffee", 2))
    tea = asyncio.create_task(brew("tea", 1))
    a, b = await asyncio.gather(coffee, tea)
    print(f"served {a} and {b}")

asyncio.run(main())
