"""Re-download the real news articles listed in holdout.jsonl and tune.jsonl into a git-ignored cache.

The repository keeps only each article's URL, outlet, date and our own gold facts and questions; the
article text itself lives in .cache/real_news/<id>.txt, which this script rebuilds. It needs access to
the public web: where the web is not reachable (as in CI and the development sandbox) every download
fails, the script says so and exits with status 1.

Usage: python benchmarks/real_news/rebuild_cache.py [--force] [--only ID ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
CACHE_DIR = REPO_ROOT / ".cache" / "real_news"
_MANIFESTS = (
    "holdout.jsonl",
    "tune.jsonl",
    "tune_extra.jsonl",
    "fresh_tune.jsonl",
    "fresh_holdout.jsonl",
    "fresh3_tune.jsonl",
    "fresh3_holdout.jsonl",
    "fresh4_tune.jsonl",
    "fresh4_holdout.jsonl",
    "fresh5_tune.jsonl",
    "fresh5_holdout.jsonl",
    "fresh6_tune.jsonl",
    "fresh6_holdout.jsonl",
    "fresh7_tune.jsonl",
    "fresh7_holdout.jsonl",
    "fresh8_tune.jsonl",
    "fresh8_holdout.jsonl",
    "fresh9_tune.jsonl",
    "fresh9_holdout.jsonl",
)
ARTICLE_FILES = tuple(HERE / name for name in _MANIFESTS)
TIMEOUT_SECONDS = 20
USER_AGENT = "Mozilla/5.0 (compatible; marquee-real-news-cache/1.0)"
# Tags whose text is never article prose.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "svg", "head", "nav", "footer", "form"})
# Tags that end a line, so paragraphs do not run together.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"}
)


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page, one block element per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._skip_depth = 0
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in BLOCK_TAGS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS and self._skip_depth > 0:
            self._skip_depth -= 1
        elif tag in BLOCK_TAGS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip_depth == 0:
            self._parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._parts).splitlines())
        return "\n\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML document as paragraphs separated by blank lines."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.text()


def load_articles() -> list[tuple[str, str]]:
    """Return (id, url) for every article in the holdout and tune files that exist."""
    articles: list[tuple[str, str]] = []
    for path in ARTICLE_FILES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles.append((str(record["id"]), str(record["url"])))
    return articles


def download_text(url: str) -> str:
    """Fetch one page and return its visible text; raises OSError or ValueError on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        charset = response.headers.get_content_charset() or "utf-8"
        html = response.read().decode(charset, errors="replace")
    text = html_to_text(html)
    if not text:
        raise ValueError("the page has no visible text")
    return text


def main(argv: list[str] | None = None) -> int:
    """Rebuild the cache; return 0 when every requested article is cached, 1 otherwise."""
    parser = argparse.ArgumentParser(description="Re-download real news articles into .cache/real_news/.")
    parser.add_argument("--force", action="store_true", help="download again even when already cached")
    parser.add_argument("--only", nargs="+", metavar="ID", help="only these article ids")
    args = parser.parse_args(argv)

    articles = load_articles()
    if args.only:
        wanted = set(args.only)
        unknown = wanted - {article_id for article_id, _ in articles}
        if unknown:
            print(f"unknown article id(s): {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        articles = [(article_id, url) for article_id, url in articles if article_id in wanted]

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []
    for article_id, url in articles:
        target = CACHE_DIR / f"{article_id}.txt"
        if target.exists() and not args.force:
            print(f"cached   {article_id}")
            continue
        try:
            text = download_text(url)
        except (OSError, ValueError, urllib.error.URLError) as error:
            print(f"FAILED   {article_id}: {url}: {error}", file=sys.stderr)
            failed.append(article_id)
            continue
        target.write_text(text + "\n", encoding="utf-8")
        print(f"fetched  {article_id} ({len(text):,} characters)")

    if failed:
        print(
            f"{len(failed)} of {len(articles)} download(s) failed. This script needs access to the public "
            "web; where the web is not reachable, copy the article texts into .cache/real_news/ by hand.",
            file=sys.stderr,
        )
        return 1
    print(f"{len(articles)} article(s) cached in {CACHE_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
