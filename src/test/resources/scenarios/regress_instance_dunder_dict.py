import asyncio

class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port

async def main():
    c = Config("localhost", 8080)
    print(c.__dict__)
    print(vars(c))

asyncio.run(main())
