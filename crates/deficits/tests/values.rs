use concord_deficits::{Catalogue, ValueProblem, check_values};

fn table(text: &str) -> (Vec<String>, Vec<(usize, Vec<String>)>) {
    let mut lines = text.lines().enumerate();
    let headers = lines
        .next()
        .map(|(_, l)| l.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let rows = lines
        .map(|(i, l)| (i + 1, l.split(',').map(str::to_string).collect()))
        .collect();
    (headers, rows)
}

fn check(
    text: &str,
) -> Result<Vec<concord_deficits::IndicatorValue>, Vec<concord_deficits::RowProblem>> {
    let (h, r) = table(text);
    check_values(&h, &r, &Catalogue::builtin().expect("catalogue"))
}

#[test]
fn chinese_headers_an_empty_unit_and_a_repeated_code_are_read() {
    let values = check("指标代码,年份,数值,单位,来源,备注\n11.6.2,2023,38.5,,渭南市生态环境局（示例）,\n13.1.1,2023,2.1,,x,\n11.6.2,2022,40,ug/m3,x,\n")
        .expect("valid");
    assert_eq!(values[0].unit, "µg/m³");
    assert_eq!(values[1].code, "11.5.1");
}

#[test]
fn every_problem_names_its_row_and_column() {
    let problems = check(
        "code,year,value,unit\n9.9.9,2023,1,%\n11.6.2,1980,1,\n11.6.2,2023,abc,\n11.6.2,2022,40,mg/m3\n11.6.2,2022,41,\n",
    )
    .expect_err("problems");
    let summary: Vec<(usize, Option<&str>, &'static str)> = problems
        .iter()
        .map(|p| (p.row, p.column.as_deref(), p.problem.fluent_id()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (2, Some("code"), "values-unknown-code"),
            (3, Some("year"), "values-year-out-of-range"),
            (4, Some("value"), "values-not-a-number"),
            (5, Some("unit"), "values-unit-mismatch"),
            (6, Some("code"), "values-duplicate-in-file"),
        ]
    );
    assert_eq!(
        problems[4].problem,
        ValueProblem::DuplicateInFile { first_row: 5 }
    );
}

#[test]
fn a_file_without_the_required_columns_says_which() {
    let problems = check("code,value\n11.6.2,40\n").expect_err("missing");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].column.as_deref(), Some("year"));
}

#[test]
fn yes_no_indicators_take_yes_or_no_in_either_language() {
    let values = check("code,year,value\n13.1.3,2024,是\n11.3.2,2024,no\n").expect("valid");
    assert_eq!((values[0].code.as_str(), values[0].value), ("11.b.2", 1.0));
    assert_eq!(values[1].value, 0.0);
    let problems = check("code,year,value\n13.1.3,2024,maybe\n").expect_err("refused");
    assert_eq!(problems[0].problem.fluent_id(), "values-not-yes-or-no");
}

#[test]
fn energy_intensity_needs_its_ppp_base_year() {
    let problems = check("code,year,value\n7.3.1,2022,4.1\n").expect_err("refused");
    assert_eq!(problems[0].problem, ValueProblem::PppBaseYearMissing);
    let values = check("code,year,value,ppp_base_year\n7.3.1,2022,4.1,2021\n").expect("valid");
    assert_eq!(values[0].ppp_base_year, Some(2021));
}

#[test]
fn spreadsheet_numbers_with_separators_and_full_width_digits_are_numbers() {
    assert_eq!(
        concord_deficits::values::parse_number("1,234.5"),
        Some(1234.5)
    );
    assert_eq!(
        concord_deficits::values::parse_number("３８．５"),
        Some(38.5)
    );
    assert_eq!(concord_deficits::values::parse_number("NaN"), None);
    assert_eq!(concord_deficits::values::parse_number("inf"), None);
}

#[test]
fn a_unit_written_in_chinese_is_the_catalogue_unit() {
    let values =
        check("指标代码,年份,数值,单位\n7.b.1,2023,420,瓦/人\n11.6.2,2023,38,微克/立方米\n")
            .expect("valid");
    assert_eq!(values[0].unit, "W per capita");
    assert_eq!(values[1].unit, "µg/m³");
    // A Chinese unit of another indicator is still refused.
    let problems = check("code,year,value,unit\n7.b.1,2023,420,吨/人\n").expect_err("refused");
    assert_eq!(problems[0].row, 2);
}
