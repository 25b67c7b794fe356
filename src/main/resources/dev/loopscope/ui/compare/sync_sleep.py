# A: the sync version. Three jobs of 1 s each, plain functions called one after another.
# time.sleep blocks the whole thread, event loop included: 3 s in all.
import asyncio
import time

def job(name):
    print(f"start {name}")
    time.sleep(1)  # blocks: nothing else can run meanwhile
    print(f"done {name}")

async def main():
    for name in ["a", "b", "c"]:
        job(name)

asyncio.run(main())
