import asyncio

async def child(i):
    try:
        await asyncio.sleep(i)
        if i == 2:
            raise ValueError(f"child {i}")
        return i
    finally:
        print("child", i, "finally")

async def main():
    outer = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            async with asyncio.TaskGroup() as tg2:
                tg2.create_task(child(3))
    except* ValueError as eg:
        print("eg", eg.exceptions)
    except* asyncio.CancelledError:
        print("cancel group")
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("locked", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    loop = asyncio.get_running_loop()
    hs = [loop.call_later(i * 0.01, print, "never", i) for i in range(150)]
    for h in hs[:120]:
        h.cancel()
    await asyncio.sleep(2)
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0.5)
    print("end", loop.time())

asyncio.run(main())
