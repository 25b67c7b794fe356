# Coroutines and await: calling an async function runs nothing until it is awaited
# make_toast(2) only builds a coroutine object; its body starts when main awaits it. Awaiting
# coroutines one after another runs them one after another, inside the one task: waits add up.
import asyncio

async def make_toast(slices):
    print(f"toasting {slices} slices")
    await asyncio.sleep(2)  # main's task is suspended here until the timer is due
    print("toast ready")
    return f"{slices} slices of toast"

async def boil_egg():
    print("boiling an egg")
    await asyncio.sleep(3)
    print("egg ready")
    return "an egg"

async def main():
    pending = make_toast(2)  # a coroutine object: nothing is printed yet
    print(f"make_toast(2) gave a {type(pending).__name__}, not started yet")
    toast = await pending  # now it runs, and main waits until it returns
    egg = await boil_egg()  # starts only after the toast is done
    now = asyncio.get_running_loop().time()
    print(f"breakfast: {toast} and {egg} after {now:.0f} s")

asyncio.run(main())
