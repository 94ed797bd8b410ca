"""Fetching URLs safely: timeouts, a size cap while streaming, and no private addresses.

Redirects are followed by hand so that every hop's host is resolved and checked again: a
public URL must not be able to bounce the fetcher onto 127.0.0.1 or the cloud metadata
address. Each host is resolved once, and the request connects to the very address that was
checked (the URL's host replaced by it, the ``Host`` header and the TLS server name — SNI and
certificate check — kept as the name): a DNS server that answers with a public address for the
check and a private one for the connection (DNS rebinding) gets nowhere. Errors are one-line
reasons naming the URL (``HTTP 404 Not Found``, ``timed out``).
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


def check_host(url: str, allow_private: bool) -> str:
    """Resolve the URL's host once and return the address to connect to; FactwireError if any
    address it resolves to is private, loopback, link-local or reserved (unless allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FactwireError(url, "not an http(s) URL")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as err:
        raise FactwireError(url, f"cannot resolve host {parts.hostname!r} ({err})") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses:
        raise FactwireError(url, f"cannot resolve host {parts.hostname!r}")
    for address in addresses:
        if not allow_private and not _public(address):
            raise FactwireError(
                url, f"refused: {parts.hostname} is a private/loopback address ({address}); "
                "use --allow-private to fetch it")
    return str(addresses[0])


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not address.is_multicast


@dataclass
class _Pinned:
    """A request to a URL sent to an address resolved beforehand."""

    url: str  # the URL with its host replaced by the address
    headers: dict[str, str]  # Host: the name (and port) of the original URL
    extensions: dict[str, str]  # sni_hostname for https


def pin(url: str, address: str) -> _Pinned:
    """The request for ``url`` that connects to ``address``; TLS still checks the name."""
    parts = urlsplit(url)
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    name = parts.hostname or ""
    shown = f"[{name}]" if ":" in name else name
    header = f"{shown}:{parts.port}" if parts.port else shown
    extensions = {"sni_hostname": name} if parts.scheme == "https" else {}
    return _Pinned(parts._replace(netloc=netloc).geturl(), {"Host": header}, extensions)


def fetch(url: str, *, allow_private: bool = False, max_bytes: int, timeout: float,
          client: httpx.Client | None = None) -> Fetched:
    """GET a URL (following redirects hop by hop) and return its body, at most ``max_bytes``."""
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=False,
                                    headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            address = check_host(current, allow_private)
            fetched = _get(client, url, current, pin(current, address), max_bytes, timeout)
            if isinstance(fetched, Fetched):
                return fetched
            current = fetched
        raise FactwireError(url, f"more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()


def _get(client: httpx.Client, name: str, url: str, pinned: _Pinned, max_bytes: int,
         timeout: float) -> Fetched | str:
    """One request (to the pinned address): the body, or the URL a redirect points to."""
    deadline = time.monotonic() + 4 * timeout  # a server dripping bytes must end too
    try:
        with client.stream("GET", pinned.url, headers=pinned.headers,
                           extensions=pinned.extensions) as response:
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
            return Fetched(url, bytes(body), media.split(";")[0].strip().lower(),
                           response.charset_encoding)
    except httpx.TimeoutException:
        raise FactwireError(name, f"timed out after {timeout:g}s") from None
    except httpx.HTTPError as err:
        raise FactwireError(name, f"request failed: {type(err).__name__}: {err}") from None

