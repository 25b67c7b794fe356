# A task that raises while nobody awaits it: the exception is stored in the task (its
# `done ... exception` line) and main carries on; exception() retrieves it later.
import asyncio

async def crash(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    forgotten = asyncio.create_task(crash(0.1, ValueError("nobody listens")))
    observed = asyncio.create_task(crash(0.2, KeyError("looked at")))
    await asyncio.sleep(1)
    print("main continues; forgotten done:", forgotten.done())
    print("observed exception:", repr(observed.exception()))
    try:
        observed.result()
    except KeyError as e:
        print("result() re-raises:", repr(e))
    asyncio.create_task(crash(0, RuntimeError("fire and forget")))
    await asyncio.sleep(0.5)
    print("end of main")

asyncio.run(main())
