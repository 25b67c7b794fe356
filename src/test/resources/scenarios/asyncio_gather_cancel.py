# Cancelling a gather: gather.cancel() cancels every unfinished child; awaiting it raises
# CancelledError. A cancelled child under return_exceptions=True appears as a result.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(child("quick", 0.1), child("slow1", 1), child("slow2", 2))
    await asyncio.sleep(0.5)
    print("cancel() ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; cancelled():", g.cancelled())
    victim = asyncio.create_task(child("victim", 5))
    g2 = asyncio.gather(child("other", 0.3), victim, return_exceptions=True)
    await asyncio.sleep(0.1)
    victim.cancel()
    results = await g2
    print([type(r).__name__ for r in results], results[0])

asyncio.run(main())
