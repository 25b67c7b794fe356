# Futures from loop.create_future(): set_result / set_exception / cancel from callbacks,
# done()/cancelled()/result()/exception(), InvalidStateError before done and when set twice.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(1, fut.set_result, {"value": 42})
    print("awaited:", await fut, "at", loop.time())
    try:
        fut.set_result(0)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = loop.create_future()
    loop.call_later(0.5, bad.set_exception, LookupError("no such key"))
    try:
        await bad
    except LookupError as e:
        print("raised:", repr(e), "| exception():", repr(bad.exception()))
    gone = loop.create_future()
    loop.call_soon(gone.cancel, "not needed")
    try:
        await gone
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args, "cancelled():", gone.cancelled())
    try:
        gone.exception()
    except asyncio.CancelledError:
        print("exception() on a cancelled future raises CancelledError")
    ready = loop.create_future()
    ready.set_result("already")
    print(await ready, await ready)
    print(await asyncio.gather(ready, asyncio.sleep(0.1, "s")))

asyncio.run(main())
