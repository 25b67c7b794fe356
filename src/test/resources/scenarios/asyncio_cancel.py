# Task cancellation: cancel(msg) delivers CancelledError(msg); cancelling() counts pending
# requests, uncancel() withdraws one; awaiting a cancelled task raises CancelledError;
# cancel() on a finished task returns False.
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} got CancelledError{e.args}, cancelling()={asyncio.current_task().cancelling()}")
        raise

async def survivor():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        print("survivor swallows it; uncancel ->", task.uncancel())
    await asyncio.sleep(0.5)
    return "survived"

async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel("stop now"), "| cancelling:", t.cancelling())
    print("second cancel ->", t.cancel(), "| cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raised CancelledError", e.args, "| cancelled():", t.cancelled())
    s = asyncio.create_task(survivor())
    await asyncio.sleep(0.1)
    s.cancel()
    print(await s, "| cancelled():", s.cancelled(), "| cancel() now:", s.cancel())
    early = asyncio.create_task(sleeper("early"))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started: its body never ran")
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")

asyncio.run(main())
