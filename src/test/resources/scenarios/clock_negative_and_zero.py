# Zero and negative delays: sleep(-1) behaves like sleep(0) (one round, no timer);
# call_later(0) and call_later(-5) are timers already due, run after the ready callbacks.
import asyncio

def note(label):
    print(f"{asyncio.get_running_loop().time()} {label}")

async def other():
    for i in range(2):
        note(f"other round {i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(other())
    await asyncio.sleep(-1)
    note("main after sleep(-1)")
    print(await asyncio.sleep(-0.5, result="negative ok"))
    h = loop.call_later(-5, note, "call_later(-5)")
    loop.call_later(0, note, "call_later(0)")
    loop.call_soon(note, "call_soon")
    print("negative when:", h.when())
    await t
    await asyncio.sleep(0)
    note("main done")

asyncio.run(main())
