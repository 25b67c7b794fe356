import asyncio

async def nested():
    return 42

async def main():
    print(await nested())
    task = asyncio.create_task(nested())
    print(await task)
    print(repr(task), task.done())
    coro = nested()
    print(type(coro).__name__)
    await coro
    x = [await asyncio.sleep(0.1, result=i) for i in range(3)]
    print(x)
    async def agen_like():
        for i in range(2):
            await asyncio.sleep(0)
        return "ok"
    print(await asyncio.wait_for(agen_like(), 5))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1, "a"))], timeout=0.5)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    f = asyncio.Future()
    f.set_result(5)
    print(await f, f.result())
    try:
        raise ValueError("x") from KeyError("y")
    except ValueError as e:
        print(repr(e.__cause__), e.__suppress_context__)
    e = asyncio.Event()
    asyncio.get_running_loop().call_later(0.3, e.set)
    await e.wait()
    print("event at", asyncio.get_running_loop().time())

asyncio.run(main())
