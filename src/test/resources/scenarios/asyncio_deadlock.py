# A deadlock: two tasks each hold one lock and wait for the other's; nothing is ready and
# no timer is pending, so the trace ends with `deadlock` (no finally blocks run).
import asyncio

async def worker(name, first, second):
    async with first:
        print(f"{name} holds its first lock")
        await asyncio.sleep(0.1)
        print(f"{name} wants its second lock")
        try:
            async with second:
                print("never")
        finally:
            print("never printed either")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("left", a, b), worker("right", b, a))

asyncio.run(main())
print("unreachable")
