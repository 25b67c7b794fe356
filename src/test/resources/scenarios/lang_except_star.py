# Language: ExceptionGroup raised by hand and handled with except*, which splits the group
# by type; unmatched parts propagate as a smaller group.
import asyncio

def boom():
    raise ExceptionGroup("batch", [
        ValueError("bad value 1"),
        TypeError("bad type"),
        ValueError("bad value 2"),
        KeyError("k"),
    ])

async def main():
    try:
        try:
            boom()
        except* ValueError as eg:
            print("ValueErrors:", [str(e) for e in eg.exceptions])
        except* TypeError as eg:
            print("TypeErrors:", repr(eg))
    except ExceptionGroup as rest:
        print("left over:", repr(rest), rest.exceptions)
    eg = ExceptionGroup("nested", [OSError("io"), ExceptionGroup("inner", [ValueError("v")])])
    print(str(eg), len(eg.exceptions))
    match_, rest = eg.split(ValueError)
    print("split match:", repr(match_))
    print("split rest:", repr(rest))
    try:
        raise eg
    except* OSError:
        print("handled the OSError part")
    except* ValueError as e:
        print("handled ValueError part:", repr(e))

asyncio.run(main())
