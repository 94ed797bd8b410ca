"""URLs and feeds, served by a local HTTP server on 127.0.0.1 inside the test."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factwire.clean import clean
from factwire.ingest import iter_inputs
from factwire.ingest import url as url_module
from factwire.model import FactwireError, InputError, RawInput

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (FIXTURES / "article.html").read_bytes()
LONG_BODY = " ".join(
    ["Negotiators from both sides met for a third day in Geneva on Wednesday, and officials said "
     "a draft text on prisoner exchanges was close to agreement."] * 12)
SHORT_TEASER = "Talks resume in Geneva as both sides weigh a prisoner exchange."


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Valley Ledger</title><link>{base}/</link>
<item><title>Geneva talks near deal on prisoners</title><link>{base}/geneva</link>
  <pubDate>Wed, 12 Jun 2024 09:15:00 GMT</pubDate>
  <content:encoded><![CDATA[<p>{LONG_BODY}</p>]]></content:encoded></item>
<item><title>Flood barriers hold in Riverton</title><link>{base}/article</link>
  <pubDate>Thu, 14 Mar 2024 11:00:00 +0100</pubDate>
  <description>{SHORT_TEASER}</description></item>
<item><title>A story that moved</title><link>{base}/missing</link>
  <description>Short teaser.</description></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger Atom</title>
<entry><title>Geneva talks near deal</title><link href="{base}/geneva"/>
  <updated>2024-06-12T09:15:00Z</updated><author><name>Lena Fischer</name></author>
  <content type="html">&lt;p&gt;{LONG_BODY}&lt;/p&gt;</content></entry>
</feed>""".encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        base = f"http://{self.headers['Host']}"
        routes = {
            "/article": (200, "text/html; charset=utf-8", ARTICLE),
            "/latin": (200, "text/html; charset=iso-8859-1",
                       "<html><body><p>Le ministre a d\u00e9clar\u00e9 que la r\u00e9forme "
                       "\u00e9tait n\u00e9cessaire.</p></body></html>".encode("latin-1")),
            "/plain": (200, "text/plain", b"Ministers met in Rome on Monday.\n"),
            "/rss": (200, "application/rss+xml", rss(base)),
            "/atom": (200, "application/atom+xml", atom(base)),
            "/big": (200, "text/html", b"<p>" + b"news " * 50_000 + b"</p>"),
            "/error": (500, "text/plain", b"boom"),
            "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        }
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path in ("/redirect", "/hop-to-ip"):
            target = "/article" if self.path == "/redirect" else \
                f"http://127.0.0.1:{self.server.server_port}/article"
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, media, body = routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def fetch_one(url: str, **options) -> RawInput | InputError:
    items = list(iter_inputs([url], **{"allow_private": True, **options}))
    assert len(items) == 1, items
    return items[0]


# --- URLs -------------------------------------------------------------------------------------


def test_url_page_is_fetched_and_cleaned(server):
    raw = fetch_one(f"{server}/article", published="2000-01-01")
    assert (raw.kind, raw.is_html, raw.url) == ("url", True, f"{server}/article")
    doc = clean(raw)
    assert doc.title == "Flood barriers hold as river peaks in Riverton"
    assert doc.published == "2024-03-14"  # the page's own date beats --published
    assert doc.source.url == f"{server}/article"


def test_charset_from_the_http_header(server):
    assert "d\u00e9clar\u00e9" in fetch_one(f"{server}/latin").content
    assert fetch_one(f"{server}/plain").kind == "url"


def test_redirects_are_followed(server):
    assert fetch_one(f"{server}/redirect").url == f"{server}/article"


def test_loopback_is_refused_without_allow_private(server):
    err = fetch_one(f"{server}/article", allow_private=False)
    assert isinstance(err, InputError) and err.input == f"{server}/article"
    assert "private/loopback" in err.reason and "--allow-private" in err.reason


@pytest.mark.parametrize("address", ["http://10.1.2.3/", "http://169.254.169.254/latest",
                                     "http://[::1]:8080/", "http://192.168.0.10/x"])
def test_private_addresses_are_refused(address):
    with pytest.raises(FactwireError, match="private/loopback"):
        url_module.check_host(address, allow_private=False)


def test_every_redirect_hop_is_checked(server, monkeypatch):
    """A name that passes the check must not redirect the fetcher onto a refused address."""
    checked = []

    def check(url, allow_private):
        checked.append(url)
        if "127.0.0.1" in url:
            raise FactwireError(url, "refused: private/loopback address")
        return "127.0.0.1"

    monkeypatch.setattr(url_module, "check_host", check)
    port = server.rsplit(":", 1)[1]
    err = fetch_one(f"http://localhost:{port}/hop-to-ip", allow_private=False)
    assert isinstance(err, InputError) and "refused" in err.reason
    assert checked == [f"http://localhost:{port}/hop-to-ip", f"http://127.0.0.1:{port}/article"]


@pytest.mark.parametrize(("path", "options", "reason"), [
    ("/missing", {}, "HTTP 404 Not Found"),
    ("/error", {}, "HTTP 500 Internal Server Error"),
    ("/slow", {"timeout": 0.3}, "timed out after 0.3s"),
    ("/big", {"max_bytes": 10_000}, "over the 10,000-byte limit"),
    ("/image", {}, "binary file (PNG image)"),
])
def test_url_failures_are_one_line_errors_naming_the_url(server, path, options, reason):
    err = fetch_one(f"{server}{path}", **options)
    assert isinstance(err, InputError)
    assert err.input == f"{server}{path}" and reason in err.reason and "\n" not in str(err)


def test_a_failing_url_in_a_batch_does_not_stop_it(server):
    items = list(iter_inputs([f"{server}/missing", f"{server}/article"], allow_private=True))
    assert [type(i).__name__ for i in items] == ["InputError", "RawInput"]


# --- feeds ------------------------------------------------------------------------------------


def test_rss_items_full_content_or_fetched_link(server):
    items = list(iter_inputs([f"{server}/rss"], allow_private=True, published="2000-01-01"))
    full, fetched, missing = items
    assert (full.kind, full.name, full.url) == ("feed", f"{server}/rss#1", f"{server}/geneva")
    assert full.title == "Geneva talks near deal on prisoners" and "Geneva" in full.content
    assert full.published == "2024-06-12" and full.publisher == "The Valley Ledger"
    # a teaser-only item: its link was fetched and the article page is the content
    assert fetched.kind == "feed" and "River Calder" in fetched.content and fetched.is_html
    assert fetched.published == "2024-03-14"
    assert isinstance(missing, InputError) and missing.input.startswith(f"{server}/rss#3")
    assert "HTTP 404" in missing.reason
    doc = clean(fetched)
    assert doc.published == "2024-03-14" and doc.title == "Flood barriers hold in Riverton"


def test_atom_feed_from_a_file(tmp_path):
    path = tmp_path / "ledger.atom"
    path.write_bytes(atom("https://news.example.org"))
    (item,) = iter_inputs([str(path)])
    assert item.kind == "feed" and item.authors == ["Lena Fischer"]
    assert item.published == "2024-06-12" and item.url == "https://news.example.org/geneva"
    assert clean(item).text.startswith("Negotiators from both sides met")


def test_feed_without_items_is_an_error(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                    "</channel></rss>")
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, InputError) and "feed has no items" in err.reason


# --- JSONL lines with URLs, and the command line ----------------------------------------------


def test_jsonl_url_lines_are_fetched(server, tmp_path):
    path = tmp_path / "links.jsonl"
    path.write_text(f'{{"url": "{server}/article", "published": "2024-03-20"}}\n'
                    f'{{"url": "{server}/error"}}\n')
    fetched, failed = iter_inputs([str(path)], allow_private=True)
    assert (fetched.kind, fetched.url, fetched.published) == ("jsonl", f"{server}/article",
                                                              "2024-03-20")
    assert clean(fetched).published == "2024-03-20"  # the line's date beats the page's
    assert failed.input == f"{path}:2" and "HTTP 500" in failed.reason


@pytest.mark.parametrize(("path", "flags", "reason"), [
    ("/article", [], "private/loopback"),
    ("/missing", ["--allow-private"], "HTTP 404 Not Found"),
])
def test_extract_url_errors_exit_non_zero(server, path, flags, reason):
    from typer.testing import CliRunner

    from factwire.cli import app

    result = CliRunner().invoke(app, ["extract", f"{server}{path}", "--no-nlp", *flags])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"error: {server}{path}: ") and reason in line


# --- DNS rebinding (issue 14.9) ---------------------------------------------------------------


def test_the_fetcher_connects_to_the_address_it_checked(server, monkeypatch):
    """A name that resolves to an allowed address for the check and to another address
    afterwards (DNS rebinding) is fetched from the checked address: one lookup per hop."""
    port = int(server.rsplit(":", 1)[1])
    answers = iter(["127.0.0.1", "10.20.30.40", "10.20.30.40"])
    lookups = []

    def getaddrinfo(host, *args, **kwargs):
        if host[0].isdigit():  # an address literal (the connection itself): no DNS
            return [(2, 1, 6, "", (host, port))]
        lookups.append(host)
        return [(2, 1, 6, "", (next(answers), port))]

    monkeypatch.setattr(url_module.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(url_module, "_public", lambda address: str(address) == "127.0.0.1")
    raw = fetch_one(f"http://rebind.example:{port}/article", allow_private=False)
    assert isinstance(raw, RawInput), raw
    assert raw.url == f"http://rebind.example:{port}/article"  # the name, not the address
    assert "River Calder" in raw.content
    assert lookups == ["rebind.example"]


def test_a_redirect_hop_is_resolved_and_checked_again(server, monkeypatch):
    port = int(server.rsplit(":", 1)[1])
    lookups = []

    def getaddrinfo(host, *args, **kwargs):
        if host[0].isdigit():  # an address literal (the connection itself): no DNS
            return [(2, 1, 6, "", (host, port))]
        lookups.append(host)
        return [(2, 1, 6, "", ("127.0.0.1" if host == "news.example" else "10.0.0.7", port))]

    monkeypatch.setattr(url_module.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(url_module, "_public", lambda address: str(address) == "127.0.0.1")
    ok = fetch_one(f"http://news.example:{port}/redirect", allow_private=False)
    assert isinstance(ok, RawInput) and ok.url == f"http://news.example:{port}/article"
    assert lookups == ["news.example", "news.example"]


def test_https_keeps_the_name_for_sni_and_the_host_header():
    pinned = url_module.pin("https://news.example.org/world/1?x=2", "93.184.216.34")
    assert pinned.url == "https://93.184.216.34/world/1?x=2"
    assert pinned.headers == {"Host": "news.example.org"}
    assert pinned.extensions == {"sni_hostname": "news.example.org"}
    v6 = url_module.pin("http://news.example.org:8080/a", "2001:db8::1")
    assert v6.url == "http://[2001:db8::1]:8080/a"
    assert v6.headers == {"Host": "news.example.org:8080"}


@pytest.mark.parametrize("source", ["file:///etc/passwd", "ftp://mirror.example/news.txt",
                                    "gopher://gopher.example/0/news"])
def test_other_schemes_are_unsupported_not_missing_files(source):
    (err,) = iter_inputs([source])
    assert isinstance(err, InputError) and err.input == source
    assert "unsupported scheme" in err.reason and "no such file" not in err.reason
