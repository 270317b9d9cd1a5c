"""File input: spreadsheets and CSV (tabular), rosters (roster, roster_headers, roster_import),
score CSVs (scores_csv) and test cases (case_format)."""
