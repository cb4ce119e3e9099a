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
        lines[0].starts_with("broken.csv：第 2 行，B 列（领域/部门）：“面包店”不在可选值中"),
        "{}",
        zh.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("broken.csv：第 2 行，D 列（同意日期）")),
        "{}",
        zh.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("broken.csv：第 3 行，C 列（邮箱）")),
        "{}",
        zh.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("broken.csv：第 4 行，A 列（姓名）")),
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

/// How many people in the register have this e-mail, read from the database itself.
fn count_email(ws: &Workspace, email: &str) -> i64 {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.query_row(
        "SELECT count(*) FROM stakeholder WHERE email = ?1",
        [email],
        |r| r.get(0),
    )
    .unwrap()
}

fn stakeholder_count(ws: &Workspace) -> i64 {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.query_row("SELECT count(*) FROM stakeholder", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_unclosed_quote_refuses_the_whole_file_naming_where_it_opened() {
    let ws = Workspace::with_demo();
    let before = stakeholder_count(&ws);
    let csv = "Name,Sector,E-mail,Mobile,Note\n\
               Ann Lee,citizen,ann@example.cn,,\n\
               Bo Chen,citizen,bo@example.cn,,ok\n\
               Cai Li,citizen,cai@example.cn,,\"starts a quote\n\
               Dan Wu,citizen,dan@example.cn,,\n\
               Eve Ma,citizen,eve@example.cn,,\n";
    std::fs::write(ws.path("quote.csv"), csv).unwrap();
    let en = import(&ws, "en", "quote.csv", &[]);
    assert_eq!(en.code, 2, "{}", en.stdout);
    assert!(
        en.stderr
            .starts_with("quote.csv: Row 4, column E (Note): A quote opened in this cell"),
        "{}",
        en.stderr
    );
    assert!(en.stderr.contains("nothing was imported"), "{}", en.stderr);
    let zh = import(&ws, "zh-CN", "quote.csv", &["--dry-run"]);
    assert_eq!(zh.code, 2);
    assert!(
        zh.stderr
            .starts_with("quote.csv：第 4 行，E 列（Note）：此单元格中开始的引号没有闭合"),
        "{}",
        zh.stderr
    );
    assert_eq!(stakeholder_count(&ws), before, "nothing written");
}

#[test]
fn a_utf8_file_with_a_gb18030_row_is_refused_not_garbled() {
    let ws = Workspace::with_demo();
    let before = stakeholder_count(&ws);
    let mut bytes = "姓名,领域/部门,邮箱\n测试,市民,ceshi@example.cn\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(
        &encoding_rs::GB18030
            .encode("王五,市民,wang.wu@example.cn\n")
            .0,
    );
    bytes.extend_from_slice("Josée,市民,josee@example.fr\n".as_bytes());
    std::fs::write(ws.path("mixed.csv"), &bytes).unwrap();
    let en = import(&ws, "en", "mixed.csv", &[]);
    assert_eq!(en.code, 2, "{}", en.stdout);
    assert!(
        en.stderr.starts_with(
            "mixed.csv: Row 3, column A (姓名): This row is in GB18030, the rest of the file in UTF-8"
        ),
        "{}",
        en.stderr
    );
    let zh = import(&ws, "zh-CN", "mixed.csv", &[]);
    assert!(
        zh.stderr
            .starts_with("mixed.csv：第 3 行，A 列（姓名）：这一行是 GB18030 编码"),
        "{}",
        zh.stderr
    );
    assert_eq!(stakeholder_count(&ws), before);
    assert_eq!(count_email(&ws, "ceshi@example.cn"), 0);
}

#[test]
fn control_characters_in_names_are_refused_and_never_printed() {
    let ws = Workspace::with_demo();
    let before = stakeholder_count(&ws);
    let csv = "Name,Sector,E-mail\n\
               Ann\u{0}Lee,citizen,ann@example.cn\n\
               \u{1b}[2J\u{1b}[31mBo,bakery\u{7},bo@example.cn\n";
    std::fs::write(ws.path("control\u{1b}[1m.csv"), csv).unwrap();
    for lang in ["en", "zh-CN"] {
        let run = import(&ws, lang, "control\u{1b}[1m.csv", &[]);
        assert_eq!(run.code, 2, "{}", run.stdout);
        assert!(
            !run.stderr.chars().any(|c| c.is_control() && c != '\n'),
            "{:?}",
            run.stderr
        );
        let first = run.stderr.lines().next().unwrap_or_default();
        if lang == "en" {
            assert!(
                first.starts_with(
                    "control[1m.csv: Row 2, column A (Name): Holds a control character"
                ),
                "{first}"
            );
            assert!(
                run.stderr.contains("Row 3, column A (Name)"),
                "{}",
                run.stderr
            );
        } else {
            assert!(
                first.starts_with("control[1m.csv：第 2 行，A 列（Name）：含有控制字符"),
                "{first}"
            );
        }
    }
    assert_eq!(stakeholder_count(&ws), before);
}

/// Runs `concord` through the shell with its address space capped, so an import that
/// reads without bound fails instead of taking the machine's memory.
fn concord_capped(ws: &Workspace, kilobytes: u64, csv: &str) -> util::Run {
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kilobytes} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_concord"))
        .arg("--db")
        .arg(ws.db())
        .args(["import", "stakeholders", "--csv", csv])
        .env("CONCORD_LANG", "en")
        .env_remove("CONCORD_DB")
        .output()
        .unwrap();
    util::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn endless_or_huge_input_fails_fast_within_bounded_memory() {
    let ws = Workspace::with_demo();
    let before = stakeholder_count(&ws);
    // 400 MB of address space: far below the 2.1 GB /dev/urandom used to take.
    let cap = 400 * 1024;
    let started = std::time::Instant::now();
    let urandom = concord_capped(&ws, cap, "/dev/urandom");
    assert_eq!(urandom.code, 2, "{}", urandom.stderr);
    assert!(
        urandom
            .stderr
            .starts_with("urandom: The file is larger than 16 MB"),
        "{}",
        urandom.stderr
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));

    // Just under the size limit, but nothing but separators: the cell limit stops it.
    let separators = ws.path("separators.csv");
    let mut bytes = b"Name,Sector\n".to_vec();
    bytes.extend(std::iter::repeat_n(b',', 16 * 1024 * 1024 - 64));
    std::fs::write(&separators, &bytes).unwrap();
    let run = concord_capped(&ws, cap, separators.to_str().unwrap());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("more than 200 columns"),
        "{}",
        run.stderr
    );
    let rows = ws.path("rows.csv");
    std::fs::write(&rows, format!("Name,Sector\n{}", ",\n".repeat(5_000_000))).unwrap();
    let run = concord_capped(&ws, cap, rows.to_str().unwrap());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("100000 rows"), "{}", run.stderr);
    assert_eq!(stakeholder_count(&ws), before);
}

#[test]
fn two_imports_of_the_same_file_at_once_register_everyone_once() {
    // Enough rows that checking them takes a while: the window in which both processes used
    // to find everyone missing.
    const PEOPLE: i64 = 1_500;
    let csv = concord_register::synthetic::csv(PEOPLE as usize);
    for round in 0..3 {
        let ws = Workspace::with_demo();
        let file = ws.path("same.csv");
        std::fs::write(&file, &csv).unwrap();
        let before = stakeholder_count(&ws);
        let spawn = || {
            std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
                .arg("--db")
                .arg(ws.db())
                .args(["import", "stakeholders", "--on-duplicate", "skip", "--csv"])
                .arg(&file)
                .env("CONCORD_LANG", "en")
                .env_remove("CONCORD_DB")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let outputs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
        let said: Vec<String> = outputs
            .iter()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .collect();
        for output in &outputs {
            assert!(
                output.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        assert_eq!(
            stakeholder_count(&ws),
            before + PEOPLE,
            "round {round}: {said:?}"
        );
        // One added everyone, the other skipped everyone.
        assert!(
            said.iter()
                .any(|s| s.contains(&format!("skipped {PEOPLE}"))),
            "round {round}: {said:?}"
        );
    }
}
