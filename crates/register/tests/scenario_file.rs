//! A scenario's rows from CSV: both header languages, encodings, and every bad row named with
//! its row and column, nothing returned while one is wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_domain::bau::{Column, Problem, Step, Unit, Variable};
use concord_register::{FileProblem, ScenarioFileError, read_scenario_file};

fn cells(csv: &str) -> Vec<(usize, Column, String, Problem, String)> {
    match read_scenario_file(csv.as_bytes()) {
        Err(ScenarioFileError::Cells(errors)) => errors
            .into_iter()
            .map(|e| (e.row, e.column, e.header, e.problem, e.value))
            .collect(),
        other => panic!("expected cell errors, got {other:?}"),
    }
}

#[test]
fn english_headers_and_every_kind() {
    let csv = "variable,kind,year,value,unit,source,driver\n\
               population,observed,2005,528.6,万人,渭南统计年鉴\n\
               population,growth,2030,0.2,%\n\
               gdp,observed,2005,\"1,234.5\",亿元,yearbook\n\
               energy,observed,2005,800,万吨标准煤,\n\
               energy,elasticity,2030,0.5,,,gdp\n\
               emissions,observed,2005,2000,万吨CO₂\n\
               emissions,intensity,2030,-2,,,energy\n";
    let rows = read_scenario_file(csv.as_bytes()).expect("reads");
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[0].source, "渭南统计年鉴");
    assert_eq!(
        rows[0].step,
        Step::Observed {
            value: 528.6,
            unit: Unit::WanRen
        }
    );
    assert_eq!(
        rows[1].step,
        Step::Growth {
            percent_per_year: 0.2
        }
    );
    assert_eq!(
        rows[2].step,
        Step::Observed {
            value: 1234.5,
            unit: Unit::YiYuan
        }
    );
    assert_eq!(
        rows[4].step,
        Step::Elasticity {
            driver: Variable::Gdp,
            elasticity: 0.5
        }
    );
    assert_eq!(
        rows[6].step,
        Step::Intensity {
            driver: Variable::Energy,
            percent_per_year: -2.0
        }
    );
}

#[test]
fn chinese_headers_in_gb18030_with_semicolons() {
    let text = "变量;类型;年份;数值;单位\n人口;观测;2005;528.6;万人\n人口;增长;2030;0.3;%\n可再生能源占比;观测;2010;3.5;%\n";
    let (bytes, _, _) = encoding_rs::GB18030.encode(text);
    let rows = read_scenario_file(&bytes).expect("reads");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2].variable, Variable::RenewablesShare);
}

#[test]
fn the_issues_bad_rows_are_named_by_row_and_column() {
    let csv = "variable,kind,year,value,unit\n\
               gdp,growth,2010,5,%\n\
               population,observed,2005,-3,万人\n\
               renewables_share,observed,2005,120,%\n\
               energy,observed,2005,5,kg\n\
               emissions,observed,2300,5,Mt CO2\n";
    assert_eq!(
        cells(csv),
        vec![(
            5,
            Column::Unit,
            "unit".into(),
            Problem::UnknownUnit,
            "kg".into()
        ),],
        "cell problems come first; the rows are checked together once every cell reads"
    );
    let csv = csv.replace(",kg", ",tce");
    assert_eq!(
        cells(&csv),
        vec![
            (
                2,
                Column::Kind,
                "kind".into(),
                Problem::GrowthBeforeObserved,
                "growth".into()
            ),
            (
                3,
                Column::Value,
                "value".into(),
                Problem::Negative,
                "-3".into()
            ),
            (
                4,
                Column::Value,
                "value".into(),
                Problem::ShareAbove100,
                "120".into()
            ),
            (
                6,
                Column::Year,
                "year".into(),
                Problem::YearOutOfRange,
                "2300".into()
            ),
        ]
    );
}

#[test]
fn cells_that_do_not_read_are_all_reported_with_the_header_as_written() {
    let csv = "变量,类型,年份,数值,单位\n水,观测,二〇〇五,abc,\n人口,猜测,2005,1,万人\n\n人口,观测,2006,,万人\n";
    assert_eq!(
        cells(csv),
        vec![
            (
                2,
                Column::Variable,
                "变量".into(),
                Problem::UnknownVariable,
                "水".into()
            ),
            (
                2,
                Column::Year,
                "年份".into(),
                Problem::NotANumber,
                "二〇〇五".into()
            ),
            (
                2,
                Column::Value,
                "数值".into(),
                Problem::NotANumber,
                "abc".into()
            ),
            (2, Column::Unit, "单位".into(), Problem::Required, "".into()),
            (
                3,
                Column::Kind,
                "类型".into(),
                Problem::UnknownKind,
                "猜测".into()
            ),
            (
                5,
                Column::Value,
                "数值".into(),
                Problem::Required,
                "".into()
            ),
        ]
    );
}

#[test]
fn files_without_the_columns_or_rows() {
    assert_eq!(
        read_scenario_file(b""),
        Err(ScenarioFileError::File(FileProblem::Empty))
    );
    assert_eq!(
        read_scenario_file("variable,kind,year,value,unit\n".as_bytes()),
        Err(ScenarioFileError::File(FileProblem::Empty))
    );
    assert_eq!(
        read_scenario_file("variable,kind,year,value\ngdp,observed,2005,1\n".as_bytes()),
        Err(ScenarioFileError::MissingColumn("unit"))
    );
    assert_eq!(
        read_scenario_file(b"\xff\xfe\x00\xd8"),
        Err(ScenarioFileError::File(FileProblem::Encoding))
    );
}
