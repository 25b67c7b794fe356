# Language: try/except/else/finally order, an exception raised inside finally replacing
# the first one, return inside finally swallowing an exception, finally across await.
import asyncio

def attempt(x):
    try:
        print(f"  try {x}")
        result = 10 // x
    except ZeroDivisionError as e:
        print("  except:", e)
        return "failed"
    else:
        print("  else: result", result)
        return result
    finally:
        print("  finally for", x)

def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")

def finally_returns():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"

def count_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("  body", i)
        finally:
            print("  finally", i)

async def main():
    print(attempt(2))
    print(attempt(0))
    try:
        finally_raises()
    except Exception as e:
        print(type(e).__name__, e, "context:", repr(e.__context__))
    print(finally_returns())
    count_finally()
    try:
        await asyncio.sleep(1)
        raise OSError("disk full")
    except OSError as e:
        print("caught after sleep:", e)
    finally:
        print("cleanup at", asyncio.get_running_loop().time())

asyncio.run(main())
