//! The document style a dialogue chooses: modern, or official after GB/T 9704-2012.

use std::fmt;
use std::str::FromStr;

/// How a document looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DocStyle {
    /// Concord's own look: sans-serif, 20 mm margins, bold headings.
    #[default]
    Modern,
    /// Chinese official documents (GB/T 9704-2012): 37/28 mm margins, 22 lines of 28
    /// characters, 2号 bold serif title, 3号 serif body (no open 仿宋 face exists for
    /// simplified Chinese), 黑体 and 楷体 headings, "— 1 —" page numbers.
    Official,
}

impl DocStyle {
    /// The name used in settings and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            DocStyle::Modern => "modern",
            DocStyle::Official => "official",
        }
    }
}

impl fmt::Display for DocStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DocStyle {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "modern" => Ok(DocStyle::Modern),
            "official" => Ok(DocStyle::Official),
            other => Err(format!("`{other}` is neither `modern` nor `official`")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DocStyle;

    #[test]
    fn styles_read_back_their_names_and_refuse_others() {
        for s in [DocStyle::Modern, DocStyle::Official] {
            assert_eq!(s.as_str().parse::<DocStyle>(), Ok(s));
        }
        assert!("Official!".parse::<DocStyle>().is_err());
        assert!("".parse::<DocStyle>().is_err());
    }
}
