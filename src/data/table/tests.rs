use super::*;

fn table_of<'a>(collection: &'a str, text: &str, findings: &mut Vec<Finding>) -> Option<Table<'a>> {
    let rows = csv::rows(text).unwrap_or_default();
    let layout = Layout {
        collection,
        kind: None,
        header_row: None,
        columns: &[],
        ragged: false,
    };
    let line_of = |span: Span| text[..span.start].matches('\n').count() + 1;
    prepare(FileId(0), "t.csv", layout, rows, &line_of, findings)
}

#[test]
fn rows_become_entries_with_nested_and_list_fields() {
    let text = "id,name,roles,status\np1,张伟,president; ops-director,\n";
    let mut findings = Vec::new();
    let table = table_of("people", text, &mut findings).unwrap();
    assert!(findings.is_empty(), "{findings:?}");
    let first = table.entry(&table.rows[0]).unwrap();
    assert!(first.get("status").is_none(), "empty cells are absent");
    match first.get("roles").map(|r| &r.value) {
        Some(Value::Seq(items)) => {
            assert_eq!(items.len(), 2);
            assert_eq!(
                &text[items[1].loc.span.start..items[1].loc.span.end],
                "ops-director"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_headers_and_short_rows_are_reported() {
    let text = "id,nmae,parent\nr1,x\nr2,y,z\n";
    let mut findings = Vec::new();
    let table = table_of("units", text, &mut findings).unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(
        findings[0]
            .help
            .as_ref()
            .map(|h| h.english().into_owned())
            .as_deref(),
        Some("did you mean `name`?")
    );
    let short = table.entry(&table.rows[0]).unwrap_err();
    assert!(short.message.english().contains("row has 2 cells"));
    assert!(table.entry(&table.rows[1]).is_ok());
}

#[test]
fn chinese_headers_and_a_field_given_twice() {
    let text = "编号,申请人,requested_by,金额\nq1,张伟,p1,\"¥8,000.00\"\n";
    let mut findings = Vec::new();
    let table = table_of("requests", text, &mut findings).unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert!(
        findings[0]
            .message
            .english()
            .contains("both give `requested_by`")
    );
    assert_eq!(
        &text[findings[0].location.unwrap().span.start..][..12],
        "requested_by"
    );
    let entry = table.entry(&table.rows[0]).unwrap();
    assert!(entry.get("id").is_some() && entry.get("amount").is_some());
}

#[test]
fn a_default_kind_fills_rows_without_one() {
    let text = "id,requested_by\nq1,p1\n";
    let rows = csv::rows(text).unwrap_or_default();
    let layout = Layout {
        collection: "requests",
        kind: Some("purchase"),
        header_row: None,
        columns: &[],
        ragged: false,
    };
    let mut findings = Vec::new();
    let line_of = |_: Span| 1;
    let table = prepare(FileId(0), "t.csv", layout, rows, &line_of, &mut findings).unwrap();
    let entry = table.entry(&table.rows[0]).unwrap();
    assert_eq!(
        entry.get("kind").and_then(Node::scalar_text).as_deref(),
        Some("purchase")
    );
}
