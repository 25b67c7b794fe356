# random is seeded with 0: random(), uniform, randint, randrange with a step, choice,
# shuffle and sample give CPython's sequence, also when called from concurrent tasks.
import asyncio
import random

async def worker(name):
    delay = random.uniform(0.1, 1.0)
    await asyncio.sleep(delay)
    roll = random.randint(1, 6)
    print(f"{name} slept {delay:.4f} and rolled {roll}")
    return roll

async def main():
    print(random.random(), random.random())
    print(random.randrange(0, 100, 5), random.randrange(10), random.choice("abcdef"))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck, random.sample(range(100), 4), random.sample(["x", "y", "z"], 2))
    rolls = await asyncio.gather(*(worker(f"w{i}") for i in range(4)))
    print("rolls:", rolls, round(random.gauss(0, 1), 6))
    random.seed(42)
    print("reseeded:", random.randint(1, 1000), random.choice([10, 20, 30]))

asyncio.run(main())
