"""File input: spreadsheets and CSV (tabular), rosters (roster, roster_headers, roster_import)."""
