# Tasks: create_task with and without name= (3.11 still consumes a Task-N number),
# set_name/get_name, ensure_future on a coroutine and on a task, loop.create_task(name=),
# current_task(), and tasks starting only when the creator awaits.
import asyncio

async def work(tag, delay):
    me = asyncio.current_task()
    print(f"{tag} running as {me.get_name()}")
    await asyncio.sleep(delay)
    return tag

async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(work("plain", 0.3))
    t2 = asyncio.create_task(work("named", 0.1), name="downloader")
    t3 = asyncio.ensure_future(work("ensured", 0.2))
    print(asyncio.ensure_future(t3) is t3)
    loop = asyncio.get_running_loop()
    t4 = loop.create_task(work("loop-made", 0.4), name="loop-named")
    t5 = asyncio.create_task(work("renamed", 0.05))
    t5.set_name("renamed-task")
    print("created:", [t.get_name() for t in (t1, t2, t3, t4, t5)])
    print("none has started yet:", t1.done(), t2.done())
    results = [await t for t in (t1, t2, t3, t4, t5)]
    print(results)
    t6 = asyncio.create_task(work("last", 0))
    await t6
    print(t6.get_name(), t6.done(), t6.result())

asyncio.run(main())
