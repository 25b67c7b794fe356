# Cancellation: task.cancel() and asyncio.timeout() stop a task at the await where it waits
# cancel() throws CancelledError into the task at its await; its except and finally blocks still
# run. asyncio.timeout() (Python 3.11) cancels its block at the deadline and raises TimeoutError.
import asyncio

async def download(name, seconds):
    print(f"{name}: started")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: finished")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise  # let the cancellation through: the task then ends cancelled

async def main():
    video = asyncio.create_task(download("video", 5))
    await asyncio.sleep(1)
    video.cancel()  # only a request: the task sees it when it next runs
    try:
        await video
    except asyncio.CancelledError:
        print(f"video cancelled: {video.cancelled()}")

    try:
        async with asyncio.timeout(2):  # at most 2 s for everything inside
            await download("podcast", 3)
    except TimeoutError:
        print("podcast took longer than 2 s")

asyncio.run(main())
