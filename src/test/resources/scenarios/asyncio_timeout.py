# asyncio.timeout / timeout_at (3.11): expiry raises TimeoutError at the end of the block,
# reschedule() moves the deadline, when() and expired() report the state, None = no limit.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print("deadline", cm.when())
            await asyncio.sleep(3)
            print("not reached")
    except TimeoutError:
        print("timed out at", loop.time(), "expired:", cm.expired())

    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(0.5)
    print("in time at", loop.time(), "expired:", cm.expired())

    try:
        async with asyncio.timeout(None) as cm:
            print("no deadline:", cm.when())
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 0.25)
            print("rescheduled to", cm.when())
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired at", loop.time())

    try:
        async with asyncio.timeout_at(loop.time() + 0.75) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(cm.when() + 1)
            await asyncio.sleep(0.5)
            print("survived thanks to reschedule, at", loop.time())
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout_at fired at", loop.time())

asyncio.run(main())
