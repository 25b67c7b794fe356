# B: the async version. The same three jobs as coroutines, run together by gather.
# await asyncio.sleep hands control back to the loop: the waits overlap (1 s in all).
import asyncio

async def job(name):
    print(f"start {name}")
    await asyncio.sleep(1)  # waits without blocking: the other jobs run meanwhile
    print(f"done {name}")

async def main():
    await asyncio.gather(job("a"), job("b"), job("c"))

asyncio.run(main())
