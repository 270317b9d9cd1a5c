"""The tests' own data files (see README.md here); tests read nothing outside the repository."""

from pathlib import Path

DATA = Path(__file__).parent
