//! An editor's workspace over real files: only what changed is read again, unsaved text wins.

#![allow(clippy::unwrap_used)]

use super::workspace::Workspace;
use crate::data::load::{Options, load, load_in};
use crate::read::Found;
use crate::source::FileId;
use crate::source::Sources;
use std::sync::Arc;

#[test]
fn only_a_changed_file_is_read_again_and_unsaved_text_wins() {
    let dir = tempfile::tempdir().unwrap();
    let org = dir.path().join("org.yaml");
    let records = dir.path().join("records.yaml");
    std::fs::write(&org, "people:\n  - {id: p1, name: 周明}\n").unwrap();
    std::fs::write(
        &records,
        "tickets:\n  - {id: t-1, kind: repair, received: 2026-05-20, assignee: p1}\n",
    )
    .unwrap();
    let found: Vec<Found> = [&org, &records]
        .into_iter()
        .map(|p| Found {
            display: p.display().to_string(),
            path: p.clone(),
            named: false,
        })
        .collect();
    let workspace = Workspace::keeping();
    let mut first = Sources::new();
    let (data, findings) = load_in(&found, &Options::for_tests(), &workspace, &mut first);
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(data.records.len(), 1);

    // The records change on disk (a different length, so the stamp differs whatever the
    // clock's resolution): only they are read again.
    std::fs::write(&records, "tickets:\n  - {id: t-1, kind: repair, received: 2026-05-20, assignee: p1}\n  - {id: t-2, kind: repair, received: 2026-05-21}\n").unwrap();
    let mut second = Sources::new();
    let (data, findings) = load_in(&found, &Options::for_tests(), &workspace, &mut second);
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(data.records.len(), 2);
    assert_eq!(data.org.people.len(), 1);
    let text = |sources: &Sources, i: u32| sources.get(FileId(i)).unwrap().text.clone();
    assert!(
        Arc::ptr_eq(&text(&first, 0), &text(&second, 0)),
        "org.yaml was read again"
    );
    assert!(!Arc::ptr_eq(&text(&first, 1), &text(&second, 1)));

    // An editor's unsaved text is read instead of the disk, with its errors located in it.
    workspace.set_unsaved(
        &org,
        Some("people:\n  - {id: p1, name: 周明, left_on: 2026-13-01}\n".into()),
    );
    let mut third = Sources::new();
    let (_, findings) = load_in(&found, &Options::for_tests(), &workspace, &mut third);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].location.map(|l| l.file), Some(FileId(0)));
    assert!(third.get(FileId(0)).unwrap().text.contains("2026-13-01"));
    // Saved (the buffer dropped): the disk again, and the same data as a plain load.
    workspace.set_unsaved(&org, None);
    let (kept, _) = load_in(
        &found,
        &Options::for_tests(),
        &workspace,
        &mut Sources::new(),
    );
    let (plain, _) = load(&found, &Options::for_tests(), &mut Sources::new());
    assert_eq!(
        format!("{:?}", kept.org.people),
        format!("{:?}", plain.org.people)
    );
    assert_eq!(
        format!("{:?}", kept.records.all),
        format!("{:?}", plain.records.all)
    );
}
