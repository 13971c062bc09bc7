"""The Python package gives what the CLI gives, fails clearly on bad input, and keeps order."""

import json
import pathlib
import shutil
import subprocess

import pytest

import newsclean

REPO = pathlib.Path(__file__).resolve().parents[2]
SEED = (REPO / "fixtures" / "seed-iraq-canadian-press.txt").read_text(encoding="utf-8")


def cli_json(path: pathlib.Path) -> dict:
    candidates = [REPO / "target" / "release" / "newsclean", REPO / "target" / "debug" / "newsclean"]
    exe = next((c for c in candidates if c.exists()), None) or shutil.which("newsclean")
    if exe is None:
        subprocess.run(["cargo", "build", "--quiet", "--bin", "newsclean"], cwd=REPO, check=True)
        exe = REPO / "target" / "debug" / "newsclean"
    out = subprocess.run([str(exe), str(path), "--format", "json"], capture_output=True, check=True)
    return json.loads(out.stdout)


def test_seed_matches_the_cli():
    result = newsclean.clean(SEED)
    assert result == cli_json(REPO / "fixtures" / "seed-iraq-canadian-press.txt")
    assert result["title"] == "U.S. questions whether Iraq can boot American troops"
    assert result["wire"]["agency"] == "The Canadian Press"
    assert "Rashford" not in result["text"]
    assert {r["pass"] for r in result["removed"]} == {"title", "wire", "related"}


def test_options():
    assert newsclean.clean(SEED, passes=["normalize"])["removed"] == []
    assert newsclean.clean(SEED, mode="recall")["title"]
    with pytest.raises(ValueError, match="mode must be"):
        newsclean.clean(SEED, mode="fast")
    with pytest.raises(ValueError, match="unknown pass"):
        newsclean.clean(SEED, passes=["nope"])
    hinted = newsclean.clean("Bridge to close\n\nThe council voted to close it on Tuesday night.", title="Bridge to close")
    assert hinted["title"] == "Bridge to close"


def test_bad_input_raises_clear_exceptions():
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        newsclean.clean(SEED.encode())
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        newsclean.clean(None)
    with pytest.raises(ValueError, match="lone surrogate"):
        newsclean.clean("ok \ud800 here")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        newsclean.clean_many(["fine", 3])
    with pytest.raises(ValueError, match="threads must be at least 1"):
        newsclean.clean_many(["fine"], threads=0)


def test_clean_many_keeps_order_and_matches_clean():
    texts = [f"Story {i}\n\nStory {i}\n\nThe council voted {i} to 2 on Tuesday night to close the bridge." for i in range(300)]
    texts[17] = SEED
    many = newsclean.clean_many(texts, threads=2)
    assert len(many) == 300
    assert [m["title"] for m in many[:3]] == ["Story 0", "Story 1", "Story 2"]
    assert many[17] == newsclean.clean(SEED)
    assert newsclean.clean_many(texts) == many
    assert newsclean.clean_many([]) == []
    titled = newsclean.clean_many(["Bridge to close\n\nThe council voted to close it on Tuesday night."], titles=["Bridge to close"])
    assert titled[0]["title"] == "Bridge to close"
    with pytest.raises(ValueError, match="titles has 2 items for 1 texts"):
        newsclean.clean_many(["a"], titles=["a", "b"])


def test_version():
    assert newsclean.__version__
