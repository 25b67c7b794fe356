# Language: nested handlers, bare `raise` re-raising, `raise ... from ...`, `from None`,
# and the __cause__ / __context__ / __suppress_context__ attributes.
import asyncio

class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError("missing " + key) from None

def log_and_reraise():
    try:
        [].pop()
    except IndexError as e:
        print("  logging:", e)
        raise

async def main():
    try:
        parse_port("eighty")
    except ConfigError as e:
        print(repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    try:
        lookup({}, "host")
    except ConfigError as e:
        print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
    try:
        log_and_reraise()
    except IndexError as e:
        print("outer got:", repr(e))
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            try:
                {}["k"]
            except KeyError as inner:
                print("inner:", repr(inner), "context:", repr(inner.__context__))
                raise TypeError("from handler")
    except TypeError as e:
        print("chain:", repr(e), "<-", repr(e.__context__), "<-", repr(e.__context__.__context__))

asyncio.run(main())
