# Language: an exception nobody catches outside asyncio.run ends the program with an
# `error` line; code after it never runs, but finally blocks do.
import asyncio

async def compute():
    await asyncio.sleep(0.5)
    return {"answer": 42}

def validate(result):
    try:
        if result["answer"] > 40:
            raise OverflowError("answer too large: " + str(result["answer"]))
    finally:
        print("validation finished")

result = asyncio.run(compute())
print("got", result)
validate(result)
print("never printed")
