# asyncio.wait: react to the first task that finishes, then cancel the rest
# wait() returns two sets, done and pending. With FIRST_COMPLETED it returns as soon as one
# mirror answers; the slower ones are then cancelled.
import asyncio

async def mirror(name, seconds):
    await asyncio.sleep(seconds)
    return f"file from {name}"

async def main():
    tasks = [asyncio.create_task(mirror(name, s), name=name)
             for name, s in [("eu", 1.5), ("us", 0.7), ("asia", 2.0)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    first = next(iter(done))  # done holds exactly one task here
    print(f"first: {first.result()}")
    print(f"{len(pending)} still running: cancelling them")
    for task in tasks:  # (not "in pending": a set's order is not defined)
        if task in pending:
            task.cancel()
    await asyncio.sleep(0)
    print([t.get_name() + (" cancelled" if t.cancelled() else " done") for t in tasks])

asyncio.run(main())
