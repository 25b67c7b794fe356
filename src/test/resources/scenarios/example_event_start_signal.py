# Event: runners wait at the start line until another task gives the signal
# start.wait() suspends each runner; start.set() wakes all of them at once. The event stays set,
# so a runner that arrives after the signal does not wait at all.
import asyncio

async def runner(name, start, seconds):
    print(f"{name} at the start line")
    await start.wait()  # suspended until the event is set
    print(f"{name} runs")
    await asyncio.sleep(seconds)
    print(f"{name} finished after {seconds} s")
    return name

async def starter(start):
    await asyncio.sleep(1)
    print("ready, steady, go!")
    start.set()  # every waiting runner goes back to the ready queue

async def main():
    start = asyncio.Event()
    ada = asyncio.create_task(runner("Ada", start, 2))
    bo = asyncio.create_task(runner("Bo", start, 1.5))
    await starter(start)
    cy = asyncio.create_task(runner("Cy", start, 1))  # arrives late: the event is already set
    print(await asyncio.gather(ada, bo, cy))

asyncio.run(main())
