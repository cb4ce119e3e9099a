//! The key variables of a business-as-usual scenario.

use serde::{Deserialize, Serialize};

use super::units::Dimension;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Variable {
    Population,
    Gdp,
    Energy,
    Emissions,
    RenewablesShare,
}

impl Variable {
    pub const ALL: [Variable; 5] = [
        Variable::Population,
        Variable::Gdp,
        Variable::Energy,
        Variable::Emissions,
        Variable::RenewablesShare,
    ];

    /// The key in files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Variable::Population => "population",
            Variable::Gdp => "gdp",
            Variable::Energy => "energy",
            Variable::Emissions => "emissions",
            Variable::RenewablesShare => "renewables_share",
        }
    }

    /// The name a Chinese statistics table uses for it.
    pub fn name_zh(self) -> &'static str {
        match self {
            Variable::Population => "人口",
            Variable::Gdp => "地区生产总值",
            Variable::Energy => "能源消费",
            Variable::Emissions => "二氧化碳排放",
            Variable::RenewablesShare => "可再生能源占比",
        }
    }

    /// Reads the English key or the Chinese name.
    pub fn parse(text: &str) -> Option<Variable> {
        let text = text.trim();
        Variable::ALL
            .into_iter()
            .find(|v| v.key().eq_ignore_ascii_case(text) || v.name_zh() == text)
    }

    pub fn dimension(self) -> Dimension {
        match self {
            Variable::Population => Dimension::Persons,
            Variable::Gdp => Dimension::Currency,
            Variable::Energy => Dimension::Energy,
            Variable::Emissions => Dimension::Emissions,
            Variable::RenewablesShare => Dimension::Share,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_every_variable() {
        for variable in Variable::ALL {
            assert_eq!(Variable::parse(variable.key()), Some(variable));
            assert_eq!(Variable::parse(variable.name_zh()), Some(variable));
        }
        assert_eq!(Variable::parse(" GDP "), Some(Variable::Gdp));
        assert_eq!(Variable::parse("water"), None);
    }
}
