# current_task() inside tasks and callbacks, and all_tasks() counted with len() only
# (its order is not defined); the count drops as tasks finish.
import asyncio

async def member(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()

def callback():
    print("in a callback, current_task() is", asyncio.current_task())

async def main():
    print("main:", asyncio.current_task().get_name(), "| tasks:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(member(d)) for d in (0.1, 0.2, 0.3)]
    print("after creating 3:", len(asyncio.all_tasks()))
    await tasks[0]
    print("after the first finished:", len(asyncio.all_tasks()))
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.sleep(0)
    print([await t for t in tasks], len(asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
