# add_done_callback / remove_done_callback on tasks and futures: callbacks run soon after
# completion, in registration order, with the future as argument; a callback added to an
# already-done future is scheduled right away.
import asyncio

async def job(x):
    await asyncio.sleep(x)
    return x * 10

def report(tag):
    def callback(fut):
        state = "cancelled" if fut.cancelled() else repr(fut.result())
        print(f"callback {tag}: {state}")
    return callback

async def main():
    t = asyncio.create_task(job(1))
    first = report("first")
    t.add_done_callback(first)
    t.add_done_callback(report("second"))
    removed = report("removed")
    t.add_done_callback(removed)
    print("removed count:", t.remove_done_callback(removed), t.remove_done_callback(removed))
    print("result:", await t)
    t.add_done_callback(report("late"))
    print("late callback not yet run")
    await asyncio.sleep(0)
    c = asyncio.create_task(job(5))
    c.add_done_callback(report("on-cancel"))
    await asyncio.sleep(0.5)
    c.cancel()
    await asyncio.sleep(0)
    print("before the callback round")
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(report("future"))
    fut.set_result("plain")
    await asyncio.sleep(0)

asyncio.run(main())
