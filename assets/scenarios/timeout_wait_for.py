# wait_for: give up on a slow operation after a timeout (it gets cancelled)
# The fast lookup finishes within its 1 s limit; the slow one is cancelled at the deadline,
# runs its cleanup (finally) and wait_for raises TimeoutError.
import asyncio

async def lookup(name, seconds):
    try:
        print(f"looking up {name}...")
        await asyncio.sleep(seconds)
        return f"{name}: found"
    finally:
        print(f"lookup of {name} ends")

async def main():
    print(await asyncio.wait_for(lookup("fast.example", 0.5), timeout=1))
    try:
        await asyncio.wait_for(lookup("slow.example", 3), timeout=1)
    except TimeoutError:
        print("slow.example timed out after 1 s")

asyncio.run(main())
