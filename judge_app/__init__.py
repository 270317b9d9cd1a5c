"""judge_app: offline on-site judging for workers' skills contests."""

__version__ = "0.1.0"
