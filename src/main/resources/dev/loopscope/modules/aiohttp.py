"""Model of aiohttp for LoopScope scenarios (see TRACE.md).

A port of the reference oracle's _make_aiohttp() (asyncio_oracle.py).  Nothing reaches the
network: session.get(url) waits the URL's latency, exactly as `await asyncio.sleep(latency)`
would, and gives a response with status 200.  The latency (0.1 s unless a
`# sim: latency PREFIX SECONDS` line of the scenario says otherwise) comes from the Java side.
"""

import _asyncio
import asyncio


class ClientError(Exception):
    pass


class ClientTimeout:
    def __init__(self, **kwargs):
        # oracle: self.__dict__.update(kwargs)
        for key, value in kwargs.items():
            setattr(self, key, value)


class ClientResponse:
    def __init__(self, url):
        self.status = 200
        self.url = url

    async def text(self):
        return '<html><body>Simulated page for ' + str(self.url) + '</body></html>'

    async def json(self):
        return {'url': self.url}


class _RequestContextManager:
    def __init__(self, url):
        self._url = url

    async def __aenter__(self):
        # _sim_latency also reports the request as in flight, _sim_response as answered
        # (events for the viewer; nothing that changes scheduling)
        await asyncio.sleep(_asyncio._sim_latency(str(self._url)))
        _asyncio._sim_response(str(self._url))
        return ClientResponse(self._url)

    async def __aexit__(self, exc_type, exc, tb):
        return None

    def __await__(self):
        return self.__aenter__().__await__()


class ClientSession:
    def __init__(self, *args, **kwargs):
        self.closed = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.closed = True
        return None

    def get(self, url, *args, **kwargs):
        return _RequestContextManager(url)
