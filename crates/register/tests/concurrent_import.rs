//! Two imports of the same file at the same moment, each on its own connection to the same
//! database: everyone is registered once. The duplicate check runs inside the write
//! transaction, so the second import sees the first one's people.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Barrier};

use concord_register::{OnDuplicate, parse_import};
use concord_store::{Store, demo};

const ROWS: &str = "姓名,单位,领域/部门,邮箱\n\
                    欧阳明,陕西绿色发展投资基金,投资方,ouyang.ming@example.cn\n\
                    𠮷小云,渭南市残疾人联合会,民间社会组织,ji.xiaoyun@example.cn\n\
                    Anna Weber,Stadtwerke Reggio,国有企业,anna.weber@example.eu\n";

/// One import as the CLI and the app do it: planned and written in one transaction.
fn import(store: &mut Store, policy: Option<OnDuplicate>) -> Option<usize> {
    store
        .import_stakeholders_with(|existing| {
            let report = parse_import(ROWS.as_bytes(), existing, policy);
            report.is_ok().then(|| report.plan())
        })
        .expect("store")
        .map(|ids| ids.len())
}

#[test]
fn two_imports_at_once_register_everyone_once() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("demo.db");
    {
        let mut store = Store::open(&template).unwrap();
        demo::create(&mut store, demo::sample_date()).unwrap();
    }
    for policy in [None, Some(OnDuplicate::Skip), Some(OnDuplicate::Update)] {
        for round in 0..4 {
            let path = dir.path().join(format!("{policy:?}-{round}.db"));
            std::fs::copy(&template, &path).unwrap();
            let before = Store::open(&path).unwrap().stakeholder_count().unwrap();
            let start = Arc::new(Barrier::new(2));
            let workers: Vec<_> = (0..2)
                .map(|_| {
                    let (path, start) = (path.clone(), Arc::clone(&start));
                    std::thread::spawn(move || {
                        let mut store = Store::open(&path).unwrap();
                        start.wait();
                        import(&mut store, policy)
                    })
                })
                .collect();
            let added: Vec<Option<usize>> =
                workers.into_iter().map(|w| w.join().unwrap()).collect();
            let store = Store::open(&path).unwrap();
            assert_eq!(
                store.stakeholder_count().unwrap(),
                before + 3,
                "{policy:?} round {round}: {added:?}"
            );
            // One import added the three; the other found them there.
            let mut added = added;
            added.sort();
            let expected = match policy {
                None => vec![None, Some(3)],
                Some(_) => vec![Some(0), Some(3)],
            };
            assert_eq!(added, expected, "{policy:?} round {round}");
        }
    }
}

#[test]
fn a_refused_plan_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let before = store.stakeholders().unwrap();
    let outcome = store
        .import_stakeholders_with(|existing| {
            let report = parse_import(b"Name,Sector\nAnn,bakery\n", existing, None);
            report.is_ok().then(|| report.plan())
        })
        .unwrap();
    assert_eq!(outcome, None);
    assert_eq!(store.stakeholders().unwrap(), before);
}
