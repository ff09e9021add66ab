"""Small command-line promises: --version, ask's own usage, and a failed catalog import's status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.cli_doctor import installed_version


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"marquee {installed_version()}"
    assert installed_version()[0].isdigit()


def test_ask_without_a_question_prints_the_ask_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["ask"])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith("usage: marquee ask ")
    assert "marquee ask: error: ask needs a QUESTION or --batch FILE" in err


def test_a_missing_batch_file_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--batch", str(tmp_path / "nope.txt"), "--db", "sqlite://"]) != 0
    err = capsys.readouterr().err
    assert "nope.txt does not exist" in err and "Traceback" not in err


def test_catalog_import_of_only_bad_lines_exits_non_zero(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("no separators here\nnor|here\n", encoding="utf-8")
    status = main(["catalog", "import", str(bad), "--db", sqlite_url, "--no-progress"])
    assert status == 1
    assert "every line was skipped; nothing was imported" in capsys.readouterr().err


def test_catalog_import_with_one_good_line_succeeds(tmp_path: Path, sqlite_url: str) -> None:
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("no separators here\nSome Film|directed_by|Some Person\n", encoding="utf-8")
    assert main(["catalog", "import", str(mixed), "--db", sqlite_url, "--no-progress"]) == 0


def test_closed_output_pipe_ends_quietly(tmp_path: Path, sqlite_url: str) -> None:
    questions = tmp_path / "questions.txt"
    # Far more output than a pipe buffers, so the writer is still writing when the reader leaves.
    questions.write_text("who plays nick nelson?\n" * 5000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--batch", str(questions), "--db", sqlite_url],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    assert "Nick Nelson" in process.stdout.readline()
    process.stdout.close()
    status = process.wait(timeout=120)
    assert process.stderr.read() == ""
    assert status == 141


def test_help_and_version_import_no_database_or_engine_code() -> None:
    # A fresh interpreter: this one has imported everything already.
    check = (
        "import sys\n"
        "from bot.cli import main\n"
        "for argv in (['--help'], ['--version'], ['ask', '--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ('sqlalchemy', 'pydantic', 'intents.engine', 'ingest', 'discord')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", check], cwd=root, capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "Traceback" not in err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_playground_port_outside_the_tcp_range_is_a_usage_error(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _usage_error(["playground", "--port", port], capsys)
    assert line == (
        "marquee playground: error: argument --port: "
        f"a port is a whole number from 0 to 65535 (0 picks a free one), not {port!r}"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["facts", "review", "1", "--approve", "--min-confidence", "2"],
        ["ingest", "-", "--approve", "--min-confidence", "5"],
        ["ingest", "-", "--approve", "--min-confidence", "nan"],
    ],
)
def test_min_confidence_outside_zero_to_one_is_refused_before_anything_changes(
    argv: list[str], sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _usage_error([*argv, "--db", sqlite_url], capsys)
    assert "argument --min-confidence: a confidence is a number from 0 to 1" in line
    assert not Path(sqlite_url.split("///", 1)[1]).exists()  # the database was never opened


@pytest.mark.parametrize("decision", [["--approve"], ["--reject"], ["--drop", "3"], ["--keep", "3"]])
def test_a_review_decision_without_a_draft_number_is_refused(
    decision: list[str], sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _usage_error(["facts", "review", *decision, "--db", sqlite_url], capsys)
    assert line.startswith(f"marquee facts review: error: {decision[0]} needs a DRAFT number")


def test_ask_refuses_a_question_together_with_a_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text("who plays nick?\n", encoding="utf-8")
    line = _usage_error(["ask", "who plays charlie?", "--batch", str(questions), "--db", "sqlite://"], capsys)
    assert line == "marquee ask: error: give a QUESTION or --batch FILE, not both"


def test_a_too_long_question_is_answered_with_a_request_to_shorten_it(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "who plays nick? " + "truly " * 400, "--db", sqlite_url]) == 0
    assert "Please ask a shorter question (under 500 chars)" in capsys.readouterr().out


def test_catalog_import_of_a_device_names_it_not_a_regular_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "import", "/dev/null", "--db", "sqlite://", "--no-progress"]) == 1
    assert "/dev/null is not a regular file" in capsys.readouterr().err
