# shield(): cancelling the outer await does not cancel the shielded task; the caller gets
# CancelledError while the inner work continues and can be awaited later.
import asyncio

async def save(record):
    print(f"saving {record}...")
    await asyncio.sleep(1)
    print(f"{record} saved")
    return f"{record}:ok"

async def handler():
    inner = asyncio.create_task(save("order-7"))
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled, but saving goes on")
        result = await inner
        print("handler saw", result)
        raise

async def main():
    h = asyncio.create_task(handler())
    await asyncio.sleep(0.25)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("handler task cancelled:", h.cancelled())
    inner = asyncio.create_task(save("log-1"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except TimeoutError:
        print("wait_for timed out; inner cancelled?", inner.cancelled())
    print(await inner)

asyncio.run(main())
