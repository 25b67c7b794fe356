# The loop's exception handler: a callback that raises goes to the handler (set with
# set_exception_handler); call_exception_handler can be called directly; a handler that
# itself raises is logged by asyncio and the loop keeps running.
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "|", repr(exc))

def bad_handler(loop, context):
    print("bad handler called with:", context["message"])
    raise RuntimeError("handler crashed")

def faulty_callback(x):
    print("callback runs with", x)
    return 1 / x

async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(faulty_callback, 0)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report", "exception": ValueError("v")})
    loop.call_exception_handler({"message": "message only"})
    loop.set_exception_handler(bad_handler)
    loop.call_later(0.2, faulty_callback, 0)
    await asyncio.sleep(0.5)
    print("loop still alive at", loop.time())
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())

asyncio.run(main())
