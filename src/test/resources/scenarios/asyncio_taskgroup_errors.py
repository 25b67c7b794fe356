# TaskGroup failure: the first error cancels the siblings (they may clean up), errors raised
# while the group winds down join it, and the block raises one ExceptionGroup (handled with
# except*). A failure in a nested group arrives as a nested ExceptionGroup.
import asyncio

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def fail_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("raised while being cancelled")

async def nested():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(OSError("inner io"), 0.1))
        tg.create_task(ok("inner-ok", 1))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("long", 2))
            tg.create_task(fail(ValueError("bad input"), 0.2))
            tg.create_task(fail(TypeError("bad type"), 0.2))
            tg.create_task(fail_on_cancel())
    except* ValueError as eg:
        print("ValueError part:", [str(e) for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("other part:", repr(eg))
    print("time", asyncio.get_running_loop().time())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested())
            tg.create_task(ok("outer-ok", 1))
    except ExceptionGroup as eg:
        print("nested:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("body-sibling", 1))
            await asyncio.sleep(0.1)
            raise RuntimeError("error in the block body")
    except* RuntimeError as eg:
        print("body error:", repr(eg))

asyncio.run(main())
