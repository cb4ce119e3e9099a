//! Numbers as a reader of each language expects them: `12,500` in English; `1.25万` and
//! `3亿` in Chinese, with thousands separators below 万.

use crate::model::Lang;

/// How the ticks of one axis are written: one scale (1, 万 or 亿) and one number of
/// decimals for all of them, so the labels line up and read as a series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberFormat {
    divisor: f64,
    suffix: &'static str,
    decimals: usize,
    /// Thousands separators (not for years, not inside 万/亿 amounts).
    group: bool,
}

impl NumberFormat {
    /// The format for ticks `step` apart whose largest magnitude is `max_abs`.
    pub fn for_ticks(lang: Lang, max_abs: f64, step: f64) -> Self {
        let (divisor, suffix) = scale(lang, max_abs);
        NumberFormat {
            divisor,
            suffix,
            decimals: decimals_for(step / divisor),
            group: suffix.is_empty(),
        }
    }

    /// Calendar years: digits only.
    pub fn year() -> Self {
        NumberFormat {
            divisor: 1.0,
            suffix: "",
            decimals: 0,
            group: false,
        }
    }

    /// Write `v`. Zero carries no suffix (`0`, not `0万`).
    pub fn format(&self, v: f64) -> String {
        let scaled = v / self.divisor;
        let body = grouped(scaled, self.decimals, self.group);
        if self.suffix.is_empty() {
            body
        } else if v == 0.0 {
            "0".to_owned()
        } else {
            format!("{body}{}", self.suffix)
        }
    }
}

/// A single value (a bar's label): two significant decimals at most, 万/亿 in Chinese.
pub fn format_value(lang: Lang, v: f64) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let (divisor, suffix) = scale(lang, v.abs());
    let scaled = v / divisor;
    let decimals = match scaled.abs() {
        a if a >= 100.0 || (a.fract() == 0.0) => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    };
    let body = trim_zeros(grouped(scaled, decimals, suffix.is_empty()));
    format!("{body}{suffix}")
}

/// 万 from ten thousand and 亿 from a hundred million, in Chinese only.
fn scale(lang: Lang, max_abs: f64) -> (f64, &'static str) {
    match lang {
        Lang::Zh if max_abs >= 1e8 => (1e8, "亿"),
        Lang::Zh if max_abs >= 1e4 => (1e4, "万"),
        _ => (1.0, ""),
    }
}

/// Decimals needed to tell ticks `step` apart (0.25 → 2, 5 → 0).
fn decimals_for(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0) {
        return 0;
    }
    let mut d = 0;
    let mut s = step;
    while d < 6 && (s - s.round()).abs() > 1e-6 * s.abs().max(1.0) {
        s *= 10.0;
        d += 1;
    }
    d
}

/// `v` with `decimals` decimals and, when `group`, a comma every three digits.
fn grouped(v: f64, decimals: usize, group: bool) -> String {
    let text = format!("{:.*}", decimals, v);
    let (sign, digits) = match text.strip_prefix('-') {
        // "-0" and "-0.00" are zero.
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => ("", rest),
        // The minus sign, as the documents print negative figures, not the hyphen.
        Some(rest) => ("−", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::with_capacity(text.len() + 4);
    out.push_str(sign);
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if group && i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_groups_thousands() {
        let f = NumberFormat::for_ticks(Lang::En, 250_000.0, 50_000.0);
        assert_eq!(f.format(150_000.0), "150,000");
        assert_eq!(f.format(0.0), "0");
        assert_eq!(f.format(-1_250_000.0), "−1,250,000");
        let f = NumberFormat::for_ticks(Lang::En, 1.0, 0.25);
        assert_eq!(f.format(0.5), "0.50");
        assert_eq!(format_value(Lang::En, 12_345.0), "12,345");
        assert_eq!(format_value(Lang::En, 4.56789), "4.57");
    }

    #[test]
    fn chinese_uses_wan_and_yi() {
        let f = NumberFormat::for_ticks(Lang::Zh, 20_000.0, 5_000.0);
        assert_eq!(f.format(15_000.0), "1.5万");
        assert_eq!(f.format(0.0), "0");
        assert_eq!(f.format(20_000.0), "2.0万");
        let f = NumberFormat::for_ticks(Lang::Zh, 3e8, 1e8);
        assert_eq!(f.format(2e8), "2亿");
        let f = NumberFormat::for_ticks(Lang::Zh, 8_000.0, 2_000.0);
        assert_eq!(f.format(6_000.0), "6,000");
        assert_eq!(format_value(Lang::Zh, 12_345.0), "1.23万");
        assert_eq!(format_value(Lang::Zh, 250_000_000.0), "2.5亿");
        assert_eq!(format_value(Lang::Zh, 980.0), "980");
    }

    #[test]
    fn years_have_no_separator() {
        assert_eq!(NumberFormat::year().format(2035.0), "2035");
    }

    #[test]
    fn odd_values_do_not_panic() {
        assert_eq!(format_value(Lang::En, f64::NAN), "–");
        assert_eq!(
            NumberFormat::for_ticks(Lang::En, 1.0, 0.1).format(-0.0),
            "0.0"
        );
    }
}
