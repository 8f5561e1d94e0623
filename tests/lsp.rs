//! `zhidu lsp`, spoken to as an editor does: the binary started as a language server, JSON-RPC
//! over its standard input and output.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

#[path = "common/lsp_client.rs"]
mod lsp_client;

use lsp_client::{Client, uri};
use serde_json::{Value, json};

/// The range a hover answers for.
fn hover_range(client: &mut Client, file: &str, line: u32, character: u32) -> Value {
    client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": line, "character": character}}),
    )["range"]
        .clone()
}

/// 总径理 for 总经理, after Chinese text on the same line.
const BROKEN: &str = "namespace buy\nsource \"采购管理制度\"\nrole 总经理\nrole 财务总监\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 财务总监 then role 总径理\n}\n";

#[test]
fn policy_diagnostics_in_both_encodings_then_fixed_as_typed() {
    for (utf8, start, end) in [(true, 40, 49), (false, 32, 35)] {
        let dir = tempfile::tempdir().unwrap();
        let (mut client, init) = Client::start(utf8, dir.path());
        assert_eq!(
            init["capabilities"]["positionEncoding"],
            if utf8 { "utf-8" } else { "utf-16" }
        );
        let file = uri(&dir.path().join("采购.zhidu"));
        client.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": file, "languageId": "zhidu", "version": 1, "text": BROKEN}}),
        );
        let diagnostics = client.diagnostics(&file);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
        let d = &diagnostics[0];
        assert_eq!(
            d["range"],
            json!({"start": {"line": 7, "character": start}, "end": {"line": 7, "character": end}}),
            "utf8: {utf8}"
        );
        assert_eq!(d["severity"], 1);
        assert!(d["message"].as_str().unwrap().contains("总径理"));
        assert!(
            d["message"]
                .as_str()
                .unwrap()
                .contains("did you mean `总经理`")
        );
        // Typing the right character (an incremental change) clears it.
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": file, "version": 2},
                "contentChanges": [{
                    "range": {"start": {"line": 7, "character": start + if utf8 { 3 } else { 1 }},
                              "end": {"line": 7, "character": start + if utf8 { 6 } else { 2 }}},
                    "text": "经",
                }],
            }),
        );
        assert_eq!(client.diagnostics(&file), Vec::<Value>::new());
        client.stop();
    }
}

#[test]
fn hover_formatting_symbols_and_completion() {
    let dir = tempfile::tempdir().unwrap();
    let (mut client, _) = Client::start(false, dir.path());
    let file = uri(&dir.path().join("leave.zhidu"));
    let messy = "namespace hr\nsource   \"请假制度\"\nrole 直属领导\nrequest   leave \"请假审批\" {\n    cite \"第三条\"\n        signed by role 直属领导\n}\n";
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file, "languageId": "zhidu", "version": 1, "text": messy}}),
    );
    assert_eq!(client.diagnostics(&file), Vec::<Value>::new());
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": 4, "character": 11}}),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("hr.leave") && text.contains("《请假制度》第三条"),
        "{text}"
    );
    assert!(text.contains("signed by 直属领导"), "{text}");
    // On a keyword: what the grammar says of the statement it starts.
    let keyword = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": 5, "character": 10}}),
    );
    let keyword = keyword["contents"]["value"].as_str().unwrap();
    assert!(
        keyword.starts_with("**`signed`**") && keyword.contains("`signed by head of"),
        "{keyword}"
    );
    assert_eq!(
        hover_range(&mut client, &file, 5, 10),
        json!({"start": {"line": 5, "character": 8}, "end": {"line": 5, "character": 14}})
    );
    // On a name: its declaration and the clauses that use it.
    let name = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": 5, "character": 24}}),
    );
    let name = name["contents"]["value"].as_str().unwrap();
    assert!(
        name.contains("role 直属领导") && name.contains("used in this file by: hr.leave"),
        "{name}"
    );
    let edits = client.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": file}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    let formatted = edits[0]["newText"].as_str().unwrap();
    assert!(
        formatted.contains("\nsource \"请假制度\"\n")
            && formatted.contains("\n  cite \"第三条\"\n"),
        "{formatted}"
    );
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": file}}),
    );
    assert_eq!(symbols[0]["name"], "hr.leave");
    // On an empty place in a clause: the statements' keywords and the fields of its records.
    let labels = |completion: &Value| -> Vec<String> {
        completion
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["label"].as_str().unwrap().to_string())
            .collect()
    };
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": file}, "position": {"line": 5, "character": 0}}),
    );
    let at_start = labels(&completion);
    for expected in ["signed", "cite", "when", "requested_by", "amount", "attrs."] {
        assert!(
            at_start.contains(&expected.to_string()),
            "{expected}: {at_start:?}"
        );
    }
    assert!(!at_start.contains(&"namespace".to_string()), "{at_start:?}");
    // After `role`: the roles the repository declares, nothing else.
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": file}, "position": {"line": 5, "character": 23}}),
    );
    assert_eq!(
        completion,
        json!([{"label": "直属领导", "kind": 12, "detail": "role"}])
    );
    // In zhidu.toml: the check codes, for `select`, `ignore` and `[severity]`.
    let config = uri(&dir.path().join("zhidu.toml"));
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": config, "languageId": "toml", "version": 1, "text": "ignore = [\"\"]\n"}}),
    );
    let codes = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": config}, "position": {"line": 0, "character": 11}}),
    );
    let codes = labels(&codes);
    for expected in ["missing-approver", "overdue", "unknown-reference"] {
        assert!(
            codes.contains(&expected.to_string()),
            "{expected}: {codes:?}"
        );
    }
    client.stop();
}

#[test]
fn a_saved_data_file_gets_the_findings_that_land_in_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("policy.zhidu"),
        "namespace demo\nsource \"示例制度\"\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 总经理\n}\n",
    )
    .unwrap();
    let data = "units:\n  - {id: hq, name: 总部, head: gm}\nroles:\n  - {id: gm, title: 总经理, unit: hq, level: executive}\npeople:\n  - {id: p1, name: 周明, roles: [gm]}\n  - {id: p2, name: 吴芳, manager: p1}\nrequests:\n  - {id: r-1, kind: purchase, requested_by: p2, requested_at: 2026-05-20}\n";
    let path = dir.path().join("数据.yaml");
    std::fs::write(&path, data).unwrap();
    std::fs::write(dir.path().join("zhidu.toml"), "as_of = \"2026-06-30\"\n").unwrap();
    let (mut client, _) = Client::start(true, dir.path());
    let file = uri(&path);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file, "languageId": "yaml", "version": 1, "text": data}}),
    );
    let diagnostics = client.diagnostics(&file);
    let missing = diagnostics
        .iter()
        .find(|d| d["code"] == "missing-approver(demo.purchase)")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(missing["range"]["start"]["line"], 8);
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .contains("《示例制度》第五条")
    );
    let related = &missing["relatedInformation"][0]["location"];
    assert!(
        related["uri"].as_str().unwrap().ends_with("/policy.zhidu"),
        "{related}"
    );
    // From a reference to the entry it names.
    let line = data.lines().nth(8).unwrap();
    let column = line.find("requested_by: p2").unwrap() + "requested_by: ".len();
    let definition = client.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": file}, "position": {"line": 8, "character": column}}),
    );
    assert!(
        definition["uri"].as_str().unwrap().ends_with(".yaml"),
        "{definition}"
    );
    assert_eq!(definition["range"]["start"]["line"], 6, "{definition}");
    // The 总经理 signs, the file is saved: the finding is gone.
    let signed = data.replace(
        "requested_at: 2026-05-20}",
        "requested_at: 2026-05-20, signatures: [{by: p1, at: 2026-05-21}]}",
    );
    std::fs::write(&path, &signed).unwrap();
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 2}, "contentChanges": [{"text": signed}]}),
    );
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": file}}),
    );
    let after = client.diagnostics(&file);
    assert!(
        !after
            .iter()
            .any(|d| d["code"] == "missing-approver(demo.purchase)"),
        "{after:#?}"
    );
    client.stop();
}

#[test]
fn definitions_and_quick_fixes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(
        dir.path().join("names.zhidu"),
        "// 角色\nrole 总经理\nrole 财务总监\n",
    )
    .unwrap();
    let text = "namespace buy\nsource \"采购管理制度\"\ninclude \"names.zhidu\"\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 财务总监 then role 总径理\n}\n";
    let (mut client, _) = Client::start(false, dir.path());
    let file = uri(&dir.path().join("buy.zhidu"));
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file, "languageId": "zhidu", "version": 1, "text": text}}),
    );
    let diagnostics = client.diagnostics(&file);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    // A name leads to its declaration in the other file.
    let definition = client.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": file}, "position": {"line": 6, "character": 18}}),
    );
    assert!(
        definition["uri"]
            .as_str()
            .unwrap()
            .ends_with("/names.zhidu"),
        "{definition}"
    );
    assert_eq!(
        definition["range"]["start"],
        json!({"line": 2, "character": 5})
    );
    // Hover on a name: where it is declared (the clause, with its typo, is not lowered).
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": 6, "character": 18}}),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("role 财务总监") && text.contains("names.zhidu:3"),
        "{text}"
    );
    // An include leads to its file.
    let include = client.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": file}, "position": {"line": 2, "character": 12}}),
    );
    assert!(
        include["uri"].as_str().unwrap().ends_with("/names.zhidu"),
        "{include}"
    );
    // "did you mean" is a quick fix that replaces the misspelt name.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": file},
            "range": diagnostics[0]["range"],
            "context": {"diagnostics": diagnostics},
        }),
    );
    let edit = &actions[0]["edit"]["changes"][&file][0];
    assert_eq!(edit["newText"], "总经理");
    assert_eq!(edit["range"], diagnostics[0]["range"]);
    client.stop();
}

#[test]
fn exit_without_shutdown_ends_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let (mut client, _) = Client::start(true, dir.path());
    client.notify("exit", Value::Null);
    let status = client.child.wait().unwrap();
    assert!(status.code().is_some(), "{status}");
}

#[test]
fn data_files_as_typed_hover_on_ids_and_cancellation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("policy.zhidu"),
        "namespace demo\nsource \"示例制度\"\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 总经理\n}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("zhidu.toml"), "as_of = \"2026-06-30\"\n").unwrap();
    let org = "units:\n  - {id: hq, name: 总部, head: gm}\nroles:\n  - {id: gm, title: 总经理, unit: hq, level: executive}\npeople:\n  - {id: p1, name: 周明, roles: [gm]}\n  - {id: p2, name: 吴芳, manager: p1}\n";
    std::fs::write(dir.path().join("org.yaml"), org).unwrap();
    let requests = "requests:\n  - {id: r-1, kind: purchase, requested_by: p2, requested_at: 2026-05-20, signatures: [{by: p1, at: 2026-05-21}]}\n";
    let path = dir.path().join("requests.yaml");
    std::fs::write(&path, requests).unwrap();
    let (mut client, _) = Client::start(true, dir.path());
    let file = uri(&path);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file, "languageId": "yaml", "version": 1, "text": requests}}),
    );
    assert_eq!(client.diagnostics(&file), Vec::<Value>::new());
    // A date broken as it is typed, not saved: the data error at once, from the buffer.
    let broken = requests.replace("2026-05-20", "2026-05-40");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 2}, "contentChanges": [{"text": broken}]}),
    );
    let diagnostics = client.diagnostics(&file);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "data-error");
    let column = broken.lines().nth(1).unwrap().find("2026-05-40").unwrap();
    assert_eq!(
        diagnostics[0]["range"]["start"],
        json!({"line": 1, "character": column})
    );
    // Mended again: nothing.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 3}, "contentChanges": [{"text": requests}]}),
    );
    assert_eq!(client.diagnostics(&file), Vec::<Value>::new());
    // Hover on an id: the entry as written, and what refers to it in every file.
    let line = requests.lines().nth(1).unwrap();
    let column = line.find("by: p1").unwrap() + "by: ".len();
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": 1, "character": column}}),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.contains("{id: p1, name: 周明, roles: [gm]}"), "{text}");
    assert!(text.contains("org.yaml:6:"), "{text}");
    assert!(
        text.contains("referred to by 2:")
            && text.contains("`p2` (manager) at")
            && text.contains("`r-1` (by) at"),
        "{text}"
    );
    // A request cancelled while it waits (behind the checks of three saves) is answered as
    // cancelled. The server can only see a cancellation that has arrived, so on a busy machine
    // the hover may win the race: it is tried a few times, and must be cancelled at least once,
    // and answered properly otherwise.
    let save = json!({"jsonrpc": "2.0", "method": "textDocument/didSave", "params": {"textDocument": {"uri": file}}});
    let mut cancelled = 0;
    for id in 1000..1005 {
        client.send_all(&[
            save.clone(),
            save.clone(),
            save.clone(),
            json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {"textDocument": {"uri": file}, "position": {"line": 1, "character": column}}}),
            json!({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": id}}),
        ]);
        let response = client.response(id);
        if response["error"]["code"] == -32800 {
            cancelled += 1;
        } else {
            assert!(response["result"]["contents"].is_object(), "{response}");
        }
    }
    assert!(cancelled > 0, "no request was cancelled");
    client.stop();
}

/// A Chinese editor (LSP `locale`) gets Chinese diagnostics, related information and hovers;
/// zhidu.toml's `lang` outranks the editor's locale.
#[test]
fn an_editor_in_chinese_gets_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let policy = "namespace demo\nsource \"示例制度\"\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 总经理\n}\n";
    std::fs::write(dir.path().join("policy.zhidu"), policy).unwrap();
    let data = "units:\n  - {id: hq, name: 总部, head: gm}\nroles:\n  - {id: gm, title: 总经理, unit: hq, level: executive}\npeople:\n  - {id: p1, name: 周明, roles: [gm]}\n  - {id: p2, name: 吴芳, manager: p1}\nrequests:\n  - {id: r-1, kind: purchase, requested_by: p2, requested_at: 2026-05-20}\n";
    let path = dir.path().join("数据.yaml");
    std::fs::write(&path, data).unwrap();
    std::fs::write(dir.path().join("zhidu.toml"), "as_of = \"2026-06-30\"\n").unwrap();
    let diagnosed = |locale: &str| {
        let (mut client, _) = Client::start_in(locale, true, dir.path());
        let file = uri(&path);
        client.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": file, "languageId": "yaml", "version": 1, "text": data}}),
        );
        let diagnostics = client.diagnostics(&file);
        let policy_uri = uri(&dir.path().join("policy.zhidu"));
        client.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": policy_uri, "languageId": "zhidu", "version": 1, "text": policy}}),
        );
        let hover = client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": policy_uri}, "position": {"line": 3, "character": 18}}),
        );
        client.stop();
        let missing = diagnostics
            .iter()
            .find(|d| d["code"] == "missing-approver(demo.purchase)")
            .cloned()
            .unwrap_or_else(|| panic!("{diagnostics:#?}"));
        (
            missing,
            hover["contents"]["value"].as_str().unwrap().to_string(),
        )
    };
    let (missing, hover) = diagnosed("zh-CN");
    let message = missing["message"].as_str().unwrap();
    // The message, its help and the related note as a Chinese reader has them.
    assert!(message.starts_with("缺少总经理（gm）的签批"), "{message}");
    assert!(message.contains("《示例制度》第五条"), "{message}");
    assert!(message.contains("建议："), "{message}");
    assert_eq!(
        missing["relatedInformation"][0]["message"],
        "依据条款 demo.purchase"
    );
    assert!(hover.contains("- 经总经理签批"), "{hover}");
    assert!(hover.contains("检查项："), "{hover}");
    // The same editor in English…
    let (missing, hover) = diagnosed("en-US");
    let message = missing["message"].as_str().unwrap();
    assert!(
        message.starts_with("not signed by 总经理 (gm)"),
        "{message}"
    );
    assert!(hover.contains("- signed by 总经理"), "{hover}");
    // …unless the repository's zhidu.toml says Chinese.
    std::fs::write(
        dir.path().join("zhidu.toml"),
        "as_of = \"2026-06-30\"\nlang = \"zh\"\n",
    )
    .unwrap();
    let (missing, _) = diagnosed("en-US");
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .starts_with("缺少总经理（gm）的签批"),
        "{missing}"
    );
}

#[test]
fn a_clause_shows_when_it_next_falls_due() {
    let root = std::fs::canonicalize("fixtures/agenda/holiday").unwrap();
    let path = root.join("policy.zhidu");
    let text = std::fs::read_to_string(&path).unwrap();
    let (mut client, init) = Client::start(true, &root);
    assert_eq!(
        init["capabilities"]["codeLensProvider"]["resolveProvider"],
        false
    );
    let file = uri(&path);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file, "languageId": "zhidu", "version": 1, "text": text}}),
    );
    let lenses = client.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": file}}),
    );
    let lenses = lenses.as_array().unwrap();
    assert_eq!(lenses.len(), 1, "{lenses:#?}");
    // zhidu.toml: as of 2026-09-20; the clause's plan is due 10-01, 国庆节, so 10-08.
    let title = lenses[0]["command"]["title"].as_str().unwrap();
    assert!(title.contains("2026-10-08"), "{title}");
    // The lens sits on the clause `year-plan` (line 4 of the file, 0-based 3).
    assert_eq!(lenses[0]["range"]["start"]["line"], 3, "{lenses:#?}");
    client.stop();
}
