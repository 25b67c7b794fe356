# Tasks still pending when main returns are cancelled by asyncio.run in creation order;
# their except/finally blocks run (even with awaits) before `end`.
import asyncio

async def service(name, cleanup_time):
    try:
        while True:
            await asyncio.sleep(1)
            print(f"{name} tick")
    except asyncio.CancelledError:
        print(f"{name} cancelled at shutdown")
        raise
    finally:
        await asyncio.sleep(cleanup_time)
        print(f"{name} cleaned up at {asyncio.get_running_loop().time()}")

async def obstinate():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("obstinate returns a value instead")
        return "ignored"

async def main():
    asyncio.create_task(service("db", 0.5))
    asyncio.create_task(service("cache", 0.25))
    asyncio.create_task(obstinate())
    await asyncio.sleep(2.5)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
