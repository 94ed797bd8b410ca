"""Fetching URLs safely: timeouts, a size cap while streaming, and no private addresses.

Redirects are followed by hand so that every hop's host is resolved and checked again: a
public URL must not be able to bounce the fetcher onto 127.0.0.1 or the cloud metadata
address. Errors are one-line reasons naming the URL (``HTTP 404 Not Found``, ``timed out``).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from factwire import __version__
from factwire.model import FactwireError

MAX_REDIRECTS = 10
USER_AGENT = f"factwire/{__version__} (+https://github.com/factwire)"
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9"


@dataclass
class Fetched:
    """A fetched response body with what the server said about it."""

    url: str  # the final URL after redirects
    data: bytes
    content_type: str  # media type, lower case, without parameters
    charset: str | None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def check_host(url: str, allow_private: bool) -> None:
    """Refuse URLs whose host resolves to a private, loopback, link-local or reserved address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FactwireError(url, "not an http(s) URL")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FactwireError(url, f"cannot resolve host {parts.hostname!r} ({err})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FactwireError(
                url, f"refused: {parts.hostname} is a private/loopback address ({address}); "
                "use --allow-private to fetch it")


def fetch(url: str, *, allow_private: bool = False, max_bytes: int, timeout: float,
          client: httpx.Client | None = None) -> Fetched:
    """GET a URL (following redirects hop by hop) and return its body, at most ``max_bytes``."""
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=False,
                                    headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_host(current, allow_private)
            fetched = _get(client, url, current, max_bytes, timeout)
            if isinstance(fetched, Fetched):
                return fetched
            current = fetched
        raise FactwireError(url, f"more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()


def _get(client: httpx.Client, name: str, url: str, max_bytes: int,
         timeout: float) -> Fetched | str:
    """One request: the body, or the URL a redirect points to."""
    deadline = time.monotonic() + 4 * timeout  # a server dripping bytes must end too
    try:
        with client.stream("GET", url) as response:
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FactwireError(name, f"HTTP {response.status_code} without a Location")
                return urljoin(url, location)
            if response.status_code >= 400:
                raise FactwireError(
                    name, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FactwireError(name, f"response of {int(declared):,} bytes is over "
                                    f"the {max_bytes:,}-byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():  # decoded, so gzip bombs hit the cap
                body += chunk
                if len(body) > max_bytes:
                    raise FactwireError(name, f"response is over the {max_bytes:,}-byte limit")
                if time.monotonic() > deadline:
                    raise FactwireError(name, f"download took longer than {4 * timeout:g}s")
            media = response.headers.get("content-type", "")
            return Fetched(str(response.url), bytes(body), media.split(";")[0].strip().lower(),
                           response.charset_encoding)
    except httpx.TimeoutException:
        raise FactwireError(name, f"timed out after {timeout:g}s") from None
    except httpx.HTTPError as err:
        raise FactwireError(name, f"request failed: {type(err).__name__}: {err}") from None

