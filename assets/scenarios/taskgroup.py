# TaskGroup: start tasks in a block; the block ends when all of them have finished
# asyncio.TaskGroup (Python 3.11) waits for every task created in it. If one fails, the
# others are cancelled and the errors come out together as an ExceptionGroup.
import asyncio

async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} broke")
    print(f"{name} done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("resize", 1))
        t2 = tg.create_task(job("upload", 2))
    print(f"both finished: {t1.result()}, {t2.result()}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 3))
            tg.create_task(job("broken", 1, fail=True))
    except* ValueError as eg:
        print(f"caught: {[str(e) for e in eg.exceptions]}")

asyncio.run(main())
