//! Acceptance tests of the register's CSV: the real `concord` binary on files in UTF-8,
//! UTF-8 with BOM and GB18030, what it stored, and what it reports when a file is wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::Workspace;

const CHINESE_CSV: &str = "姓名,单位/机构,领域/部门,三螺旋群体,代表群体,邮箱,手机,同意日期,告知书,角色\r\n\
欧阳明,陕西绿色发展投资基金,投资方,产业,,ouyang.ming@example.cn,+86 139 0000 1111,2026/9/20,隐私告知书 第1版,表决成员\r\n\
𠮷小云,渭南市残疾人联合会,民间社会组织,民间社会,残疾人、青年,ji.xiaoyun@example.cn,,2026年9月21日,隐私告知书 第1版,观察员\r\n\
Anna Weber,Stadtwerke Reggio,国有企业,,,anna.weber@example.eu,,,,专家\r\n";

/// Names in the register, as `concord export stakeholders` writes them, via the database.
fn stored_names(ws: &Workspace) -> Vec<String> {
    let store = concord_store_names(ws);
    store.into_iter().collect()
}

fn concord_store_names(ws: &Workspace) -> Vec<String> {
    let out = ws.path("check.csv");
    let run = ws.concord(
        "en",
        &["export", "stakeholders", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&out).unwrap();
    text.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_owned())
        .collect()
}

fn import(ws: &Workspace, lang: &str, file: &str, extra: &[&str]) -> util::Run {
    let path = ws.path(file);
    let mut args = vec!["import", "stakeholders", "--csv", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    ws.concord(lang, &args)
}

fn check_chinese_rows_stored(ws: &Workspace, before: usize) {
    let names = stored_names(ws);
    // People without consent are not exported: the demo has three, the file one (Anna Weber).
    assert!(names.contains(&"欧阳明".to_owned()), "{names:?}");
    assert!(names.contains(&"𠮷小云".to_owned()), "{names:?}");
    assert_eq!(names.len(), before + 2, "{names:?}");
}

#[test]
fn imports_utf8_bom_and_gb18030_with_chinese_headers() {
    let variants: Vec<(&str, Vec<u8>, &str)> = vec![
        ("utf8.csv", CHINESE_CSV.as_bytes().to_vec(), "UTF-8"),
        (
            "bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), CHINESE_CSV.as_bytes()].concat(),
            "UTF-8 (BOM)",
        ),
        (
            "gb18030.csv",
            encoding_rs::GB18030.encode(CHINESE_CSV).0.into_owned(),
            "GB18030",
        ),
    ];
    for (file, bytes, encoding) in variants {
        let ws = Workspace::with_demo();
        let before = stored_names(&ws).len();
        std::fs::write(ws.path(file), &bytes).unwrap();

        let dry = import(&ws, "en", file, &["--dry-run"]);
        assert_eq!(dry.code, 0, "{file}: {}", dry.stderr);
        assert!(dry.stdout.contains("Would add 3"), "{}", dry.stdout);
        assert!(dry.stdout.contains(encoding), "{file}: {}", dry.stdout);
        assert_eq!(stored_names(&ws).len(), before, "a dry run writes nothing");

        let run = import(&ws, "zh-CN", file, &[]);
        assert_eq!(run.code, 0, "{file}: {}", run.stderr);
        assert!(run.stdout.contains("已新增 3 人"), "{}", run.stdout);
        check_chinese_rows_stored(&ws, before);

        // The same file again: everyone is a duplicate now.
        let again = import(&ws, "en", file, &[]);
        assert_eq!(again.code, 2, "{}", again.stdout);
        assert!(
            again.stderr.contains("Already in the register"),
            "{}",
            again.stderr
        );
        assert!(again.stderr.contains("--on-duplicate"), "{}", again.stderr);
        let skip = import(&ws, "en", file, &["--on-duplicate", "skip"]);
        assert_eq!(skip.code, 0, "{}", skip.stderr);
        assert!(skip.stdout.contains("skipped 3"), "{}", skip.stdout);
    }
}

#[test]
fn a_broken_file_is_reported_row_by_row_and_nothing_is_written() {
    let ws = Workspace::with_demo();
    let before = stored_names(&ws).len();
    let csv = "姓名;领域/部门;邮箱;同意日期\n\
               张三;面包店;zhang@example.cn;2026-09-01\n\
               李四;市民;li.si@weinan;\n\
               ;市民;;\n\
               王五;市民;wang.wu@example.cn;2026-09-01\n";
    std::fs::write(ws.path("broken.csv"), encoding_rs::GB18030.encode(csv).0).unwrap();

    let zh = import(&ws, "zh-CN", "broken.csv", &[]);
    assert_eq!(zh.code, 2, "{}", zh.stdout);
    let lines: Vec<&str> = zh.stderr.lines().collect();
    assert!(
        lines[0].starts_with("第 2 行，B 列（领域/部门）：“面包店”不在可选值中"),
        "{}",
        zh.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("第 2 行，D 列（同意日期）")),
        "{}",
        zh.stderr
    );
    assert!(
        lines.iter().any(|l| l.starts_with("第 3 行，C 列（邮箱）")),
        "{}",
        zh.stderr
    );
    assert!(
        lines.iter().any(|l| l.starts_with("第 4 行，A 列（姓名）")),
        "{}",
        zh.stderr
    );
    assert!(zh.stderr.contains("未导入任何内容"), "{}", zh.stderr);

    let en = import(&ws, "en", "broken.csv", &[]);
    assert!(
        en.stderr
            .contains("Row 3, column C (邮箱): Enter an e-mail address"),
        "{}",
        en.stderr
    );
    assert!(en.stderr.contains("nothing was imported"), "{}", en.stderr);
    assert_eq!(
        stored_names(&ws).len(),
        before,
        "王五 was valid, but nothing is written"
    );
}

#[test]
fn export_then_import_gives_the_same_register() {
    let ws = Workspace::with_demo();
    let out = ws.path("register.csv");
    let run = ws.concord(
        "zh-CN",
        &["export", "stakeholders", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("3 人未同意"), "{}", run.stdout);
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with BOM for Excel"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(
        text.starts_with("中文名,英文名,单位（中文）"),
        "{}",
        &text[..60]
    );
    assert!(text.contains("𠮷祥云"));
    assert!(!text.contains("谢春燕"), "no consent, no export");

    // Into a fresh dialogue: the same people come back.
    let fresh = Workspace::new();
    let demo = fresh.concord("en", &["demo", "--date", "2026-11-23"]);
    assert_eq!(demo.code, 0);
    let reimport = fresh.concord(
        "en",
        &[
            "import",
            "stakeholders",
            "--csv",
            out.to_str().unwrap(),
            "--on-duplicate",
            "update",
        ],
    );
    assert_eq!(reimport.code, 0, "{}", reimport.stderr);
    assert!(
        reimport.stdout.contains("Added 0, updated 37"),
        "{}",
        reimport.stdout
    );
    let out2 = fresh.path("again.csv");
    let run = fresh.concord(
        "zh-CN",
        &["export", "stakeholders", "--out", out2.to_str().unwrap()],
    );
    assert_eq!(run.code, 0);
    assert_eq!(std::fs::read(&out2).unwrap(), std::fs::read(&out).unwrap());
}

#[test]
fn unreadable_files_are_refused_clearly() {
    let ws = Workspace::with_demo();
    let missing = import(&ws, "en", "nowhere.csv", &[]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("Cannot read"), "{}", missing.stderr);
    std::fs::write(ws.path("no-sector.csv"), "Name,E-mail\nLi,li@example.cn\n").unwrap();
    let run = import(&ws, "en", "no-sector.csv", &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no sector column"), "{}", run.stderr);
}
