# bytes: literals, repr, indexing, slicing, iteration, concatenation, encode/decode, hex
b = b"ab\x00'c"
print(b, len(b), b[0], b[1:3], list(b), b + b"!", b"a" in b, 97 in b, bytes([65, 66]), bytes(3), b.hex())
print("héllo".encode("utf-8"), b"caf\xc3\xa9".decode(), b == b"ab\x00'c", {b: 1})
import asyncio

async def main():
    data = await asyncio.sleep(0.1, result="naïve".encode())
    print(data, data.decode(), len(data))

asyncio.run(main())
