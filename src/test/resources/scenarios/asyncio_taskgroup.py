# TaskGroup (3.11): children created with tg.create_task (also with name=) are awaited when
# the block ends; a nested group inside a child; results read from the tasks afterwards.
import asyncio

async def step(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time()}")
    return name.upper()

async def pipeline(prefix):
    async with asyncio.TaskGroup() as inner:
        a = inner.create_task(step(prefix + "-load", 0.2))
        b = inner.create_task(step(prefix + "-parse", 0.1), name=prefix + "-parser")
    return [a.result(), b.result()]

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(step("alpha", 0.3))
        t2 = tg.create_task(pipeline("beta"))
        t3 = tg.create_task(step("gamma", 0.1), name="gamma-task")
        print("block body ends before the children")
    print("group done:", t1.result(), t2.result(), t3.result(), t3.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group is fine")
    async with asyncio.TaskGroup() as tg:
        late = tg.create_task(step("first", 0.1))
        await asyncio.sleep(0.2)
        tg.create_task(step("added-later", 0.1))
    print("late:", late.result())

asyncio.run(main())
