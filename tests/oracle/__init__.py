"""Differential test: the app's scoring against an independent reference of shared/domain.md."""
