# Language: `import x`, `import x as y`, `from x import y`, `from x import y as z`,
# module attributes, and the `if __name__ == "__main__":` guard.
import asyncio
import sys
import random as rnd
from time import monotonic
from asyncio import sleep, gather as run_together

async def nap(label, seconds):
    await sleep(seconds)
    print(f"{label} woke at {monotonic()}")
    return label

async def main():
    print("module name:", __name__)
    print("asyncio has sleep:", hasattr(asyncio, "sleep"), sleep is asyncio.sleep)
    print("sys.argv[0]:", sys.argv[0])
    print("random alias:", rnd.randint(1, 6))
    print(await run_together(nap("a", 0.5), nap("b", 0.25)))

def not_called():
    print("this module-level function is never called")

if __name__ == "__main__":
    print("running as a script")
    asyncio.run(main())
else:
    print("imported")
