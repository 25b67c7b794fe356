import asyncio

async def main():
    try:
        raise ValueError("bad input")
    except ValueError as e:
        e.add_note("while parsing line 3")
        print(e.__notes__)

asyncio.run(main())
