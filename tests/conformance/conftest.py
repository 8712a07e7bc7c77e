"""The vendored upstream sources are run by the tests here, never collected as tests."""

collect_ignore = ["vendor"]
