"""Runs checks.sql with DuckDB over a data folder and prints its findings as JSON triples.

    python run_sql.py checks.sql DATA_DIR AS_OF
"""
import json
import sys

import duckdb


def main() -> None:
    sql_path, data_dir, as_of = sys.argv[1:4]
    con = duckdb.connect()
    con.execute("SET VARIABLE dir = ?", [data_dir])
    con.execute("SET VARIABLE as_of = CAST(? AS DATE)", [as_of])
    statements = [s for s in open(sql_path, encoding="utf-8").read().split(";\n") if code(s)]
    for statement in statements[:-1]:
        con.execute(statement)
    rows = con.execute(statements[-1]).fetchall()
    json.dump([list(r) for r in rows], sys.stdout, ensure_ascii=False)


def code(statement: str) -> bool:
    """Does the text hold more than comments?"""
    return any(l.strip() and not l.strip().startswith("--") for l in statement.splitlines())


if __name__ == "__main__":
    main()
