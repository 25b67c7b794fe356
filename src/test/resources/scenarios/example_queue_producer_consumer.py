# Queue: a producer hands work to two consumers; join waits until all of it is done
# The queue holds at most 2 items, so the producer waits (put) when it is full and the
# consumers wait (get) when it is empty. task_done marks an item finished.
import asyncio

async def producer(queue, n):
    for i in range(n):
        await queue.put(f"job-{i}")
        print(f"put job-{i} (queue size {queue.qsize()})")
    print("producer done")

async def consumer(name, queue):
    while True:
        job = await queue.get()
        print(f"{name} working on {job}")
        await asyncio.sleep(0.5)
        print(f"{name} finished {job}")
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"worker-{i}", queue)) for i in (1, 2)]
    await producer(queue, 5)
    await queue.join()  # wait until every job is marked done
    for w in workers:
        w.cancel()
    print("all jobs done")

asyncio.run(main())
