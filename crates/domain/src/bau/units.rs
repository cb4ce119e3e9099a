//! Units a statistics office writes, with exact conversion factors.
//!
//! Every unit is an integer multiple of its dimension's smallest base (one person, one yuan,
//! one kilojoule, one tonne of CO₂, one per cent), so a conversion factor is a ratio of two
//! integers, reduced before it touches the value: 万吨标准煤 → tce multiplies by exactly 10 000.

use serde::{Deserialize, Serialize};

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Persons,
    Currency,
    Energy,
    Emissions,
    Share,
}

/// One accepted unit, named by its canonical spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Persons,
    Ren,
    WanRen,
    Cny,
    Yuan,
    WanYuan,
    YiYuan,
    CnyMillion,
    Tce,
    DunBiaozhunmei,
    WanDunBiaozhunmei,
    Gj,
    Tj,
    Mwh,
    TCo2,
    DunCo2,
    WanDunCo2,
    MtCo2,
    Percent,
}

/// Kilojoules in one tonne of coal equivalent (29.3076 GJ).
const KJ_PER_TCE: u64 = 29_307_600;

impl Unit {
    pub const ALL: [Unit; 19] = [
        Unit::Persons,
        Unit::Ren,
        Unit::WanRen,
        Unit::Cny,
        Unit::Yuan,
        Unit::WanYuan,
        Unit::YiYuan,
        Unit::CnyMillion,
        Unit::Tce,
        Unit::DunBiaozhunmei,
        Unit::WanDunBiaozhunmei,
        Unit::Gj,
        Unit::Tj,
        Unit::Mwh,
        Unit::TCo2,
        Unit::DunCo2,
        Unit::WanDunCo2,
        Unit::MtCo2,
        Unit::Percent,
    ];

    /// The spelling written back in tables, JSON and documents.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Persons => "persons",
            Unit::Ren => "人",
            Unit::WanRen => "万人",
            Unit::Cny => "CNY",
            Unit::Yuan => "元",
            Unit::WanYuan => "万元",
            Unit::YiYuan => "亿元",
            Unit::CnyMillion => "CNY million",
            Unit::Tce => "tce",
            Unit::DunBiaozhunmei => "吨标准煤",
            Unit::WanDunBiaozhunmei => "万吨标准煤",
            Unit::Gj => "GJ",
            Unit::Tj => "TJ",
            Unit::Mwh => "MWh",
            Unit::TCo2 => "t CO2",
            Unit::DunCo2 => "吨CO2",
            Unit::WanDunCo2 => "万吨CO2",
            Unit::MtCo2 => "Mt CO2",
            Unit::Percent => "%",
        }
    }

    pub fn dimension(self) -> Dimension {
        match self {
            Unit::Persons | Unit::Ren | Unit::WanRen => Dimension::Persons,
            Unit::Cny | Unit::Yuan | Unit::WanYuan | Unit::YiYuan | Unit::CnyMillion => {
                Dimension::Currency
            }
            Unit::Tce
            | Unit::DunBiaozhunmei
            | Unit::WanDunBiaozhunmei
            | Unit::Gj
            | Unit::Tj
            | Unit::Mwh => Dimension::Energy,
            Unit::TCo2 | Unit::DunCo2 | Unit::WanDunCo2 | Unit::MtCo2 => Dimension::Emissions,
            Unit::Percent => Dimension::Share,
        }
    }

    /// How many base units (person, yuan, kJ, t CO₂, per cent) one of this unit is.
    pub fn base_multiple(self) -> u64 {
        match self {
            Unit::Persons | Unit::Ren | Unit::Cny | Unit::Yuan => 1,
            Unit::WanRen | Unit::WanYuan => 10_000,
            Unit::YiYuan => 100_000_000,
            Unit::CnyMillion => 1_000_000,
            Unit::Tce | Unit::DunBiaozhunmei => KJ_PER_TCE,
            Unit::WanDunBiaozhunmei => KJ_PER_TCE * 10_000,
            Unit::Gj => 1_000_000,
            Unit::Tj => 1_000_000_000,
            Unit::Mwh => 3_600_000,
            Unit::TCo2 | Unit::DunCo2 | Unit::Percent => 1,
            Unit::WanDunCo2 => 10_000,
            Unit::MtCo2 => 1_000_000,
        }
    }

    /// The unit as an English text writes it: a Chinese statistical unit becomes its English
    /// equivalent with the same magnitude (万吨标准煤 → 10,000 tce, 亿元 → 100 million CNY).
    pub fn english(self) -> &'static str {
        match self {
            Unit::Ren => "persons",
            Unit::WanRen => "10,000 persons",
            Unit::Yuan => "CNY",
            Unit::WanYuan => "10,000 CNY",
            Unit::YiYuan => "100 million CNY",
            Unit::DunBiaozhunmei => "tce",
            Unit::WanDunBiaozhunmei => "10,000 tce",
            Unit::DunCo2 => "t CO2",
            Unit::WanDunCo2 => "10,000 t CO2",
            other => other.symbol(),
        }
    }

    /// Reads a unit as people write it: spaces, case of Latin letters and CO₂ written with a
    /// subscript do not matter.
    pub fn parse(text: &str) -> Option<Unit> {
        let wanted = normalize(text);
        if wanted.is_empty() {
            return None;
        }
        Unit::ALL
            .into_iter()
            .find(|unit| normalize(unit.symbol()) == wanted)
    }
}

fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '₂' { '2' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A unit's text as an English text writes it: a known unit or quotient of two (`万吨标准煤/亿元`
/// → `10,000 tce/100 million CNY`) in English; any other text as it is.
pub fn in_english(text: &str) -> String {
    if let Some(unit) = Unit::parse(text) {
        return unit.english().to_owned();
    }
    match text.split_once('/') {
        Some((top, bottom)) => match (Unit::parse(top), Unit::parse(bottom)) {
            (Some(top), Some(bottom)) => format!("{}/{}", top.english(), bottom.english()),
            _ => text.to_owned(),
        },
        None => text.to_owned(),
    }
}

/// Whether a unit starts with a magnitude ("10,000 t CO2", an English Chinese statistical unit).
pub fn is_magnitude(unit: &str) -> bool {
    unit.starts_with(|c: char| c.is_ascii_digit())
}

/// A unit as it follows a number: a magnitude becomes a factor ("3,600 × 10,000 t CO2"), so
/// that the two are not read as two numbers; any other unit as it is.
pub fn after_number(unit: &str) -> String {
    if is_magnitude(unit) {
        format!("× {unit}")
    } else {
        unit.to_owned()
    }
}

/// The factor from one unit to another of the same dimension, as a reduced integer ratio.
fn ratio(from: Unit, to: Unit) -> (u64, u64) {
    let (num, den) = (from.base_multiple(), to.base_multiple());
    let divisor = gcd(num, den);
    (num / divisor, den / divisor)
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// A value in `from` expressed in `to`; `None` when the two measure different things.
/// Within one unit the value is returned untouched, bit for bit.
pub fn convert(value: f64, from: Unit, to: Unit) -> Option<f64> {
    if from.dimension() != to.dimension() {
        return None;
    }
    if from == to {
        return Some(value);
    }
    let (num, den) = ratio(from, to);
    Some(scale(value, num, den))
}

fn scale(value: f64, num: u64, den: u64) -> f64 {
    match (num, den) {
        (1, 1) => value,
        (n, 1) => value * n as f64,
        (1, d) => value / d as f64,
        (n, d) => value * n as f64 / d as f64,
    }
}

/// A quotient of two units, the unit of an intensity (`万吨标准煤/亿元`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotient {
    pub numerator: Unit,
    pub denominator: Unit,
}

impl Quotient {
    pub fn symbol(self) -> String {
        format!("{}/{}", self.numerator.symbol(), self.denominator.symbol())
    }

    /// A value in this quotient expressed in another with the same dimensions.
    pub fn convert_to(self, value: f64, to: Quotient) -> Option<f64> {
        let top = convert(value, self.numerator, to.numerator)?;
        let (num, den) = ratio(to.denominator, self.denominator);
        Some(scale(top, num, den))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_the_issue_is_read() {
        let cases = [
            ("persons", Unit::Persons),
            ("人", Unit::Ren),
            ("万人", Unit::WanRen),
            ("CNY", Unit::Cny),
            ("元", Unit::Yuan),
            ("万元", Unit::WanYuan),
            ("亿元", Unit::YiYuan),
            ("CNY million", Unit::CnyMillion),
            ("tce", Unit::Tce),
            ("吨标准煤", Unit::DunBiaozhunmei),
            ("万吨标准煤", Unit::WanDunBiaozhunmei),
            ("GJ", Unit::Gj),
            ("TJ", Unit::Tj),
            ("MWh", Unit::Mwh),
            ("t CO2", Unit::TCo2),
            ("tCO2", Unit::TCo2),
            ("t CO₂", Unit::TCo2),
            ("吨CO2", Unit::DunCo2),
            ("吨 CO₂", Unit::DunCo2),
            ("万吨CO2", Unit::WanDunCo2),
            ("万吨CO₂", Unit::WanDunCo2),
            ("Mt CO2", Unit::MtCo2),
            ("MtCO₂", Unit::MtCo2),
            ("%", Unit::Percent),
        ];
        for (text, unit) in cases {
            assert_eq!(Unit::parse(text), Some(unit), "{text}");
        }
        assert_eq!(Unit::parse("kg"), None);
        assert_eq!(Unit::parse(""), None);
        assert_eq!(Unit::parse("   "), None);
    }

    #[test]
    fn chinese_units_are_said_in_english_with_the_same_magnitude() {
        for (text, english) in [
            ("万吨标准煤/亿元", "10,000 tce/100 million CNY"),
            ("万吨CO₂/亿元", "10,000 t CO2/100 million CNY"),
            ("万人", "10,000 persons"),
            ("亿元", "100 million CNY"),
            ("tce/CNY million", "tce/CNY million"),
            ("%", "%"),
            ("µg/m³", "µg/m³"),
            ("", ""),
        ] {
            assert_eq!(in_english(text), english, "{text}");
        }
        // Every English spelling is read back as the same magnitude.
        for unit in Unit::ALL {
            let back = Unit::parse(unit.english()).map(Unit::base_multiple);
            if back.is_some() {
                assert_eq!(back, Some(unit.base_multiple()), "{unit:?}");
            }
        }
    }

    #[test]
    fn a_magnitude_after_a_number_is_a_factor() {
        assert_eq!(after_number("10,000 t CO2"), "× 10,000 t CO2");
        assert_eq!(
            after_number(&in_english("万吨标准煤/亿元")),
            "× 10,000 tce/100 million CNY"
        );
        for unit in ["t CO2", "%", "万吨CO₂", "µg/m³", ""] {
            assert_eq!(after_number(unit), unit);
        }
    }

    #[test]
    fn factors_are_the_published_ones() {
        assert_eq!(convert(1.0, Unit::Tce, Unit::Gj), Some(29.3076));
        assert_eq!(
            convert(1.0, Unit::WanDunBiaozhunmei, Unit::Tce),
            Some(10_000.0)
        );
        assert_eq!(convert(1.0, Unit::Tj, Unit::Gj), Some(1_000.0));
        assert_eq!(convert(1.0, Unit::Mwh, Unit::Gj), Some(3.6));
        assert_eq!(convert(1.0, Unit::YiYuan, Unit::WanYuan), Some(10_000.0));
        assert_eq!(convert(1.0, Unit::CnyMillion, Unit::WanYuan), Some(100.0));
        assert_eq!(convert(1.0, Unit::MtCo2, Unit::WanDunCo2), Some(100.0));
        assert_eq!(
            convert(528.6, Unit::WanRen, Unit::Persons),
            Some(5_286_000.0)
        );
        assert_eq!(convert(1.0, Unit::Tce, Unit::MtCo2), None);
    }

    #[test]
    fn quotients_convert_both_sides() {
        let per_wan = Quotient {
            numerator: Unit::Tce,
            denominator: Unit::WanYuan,
        };
        let per_yi = Quotient {
            numerator: Unit::WanDunBiaozhunmei,
            denominator: Unit::YiYuan,
        };
        // 0.5 tce per 万元 = 0.5 万吨 per 亿元.
        let converted = per_wan.convert_to(0.5, per_yi).unwrap_or(f64::NAN);
        assert!((converted - 0.5).abs() < 1e-15, "{converted}");
        assert_eq!(per_yi.symbol(), "万吨标准煤/亿元");
    }
}
