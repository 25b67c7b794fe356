# asyncio.Barrier (3.11): parties wait until `parties` tasks have arrived; wait() returns
# each task's index; the barrier resets for the next round; abort() breaks it.
import asyncio

async def runner(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives (waiting {barrier.n_waiting})")
    index = await barrier.wait()
    print(f"{name} passes with index {index} at {asyncio.get_running_loop().time()}")
    return index

async def stuck(barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("stuck: BrokenBarrierError")

async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    print(await asyncio.gather(runner("a", barrier, 0.3), runner("b", barrier, 0.1),
                               runner("c", barrier, 0.2)))
    print(await asyncio.gather(*(runner(f"r{i}", barrier, 0) for i in range(3))))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(stuck(b2))
    await asyncio.sleep(0.5)
    await b2.abort()
    await t
    print("broken:", b2.broken)

asyncio.run(main())
