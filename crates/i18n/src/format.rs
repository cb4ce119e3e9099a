//! Dates in each locale's own form: `23 November 2026` and `2026 年 11 月 23 日` (a word space
//! between the digits and the ideographs, the spacing rule of every Chinese text).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::Locale;

/// The English months, as dates are written and as line breaking keeps them with their day.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn format_date(locale: Locale, date: NaiveDate) -> String {
    match locale {
        Locale::En => {
            let month = MONTHS_EN
                .get(date.month0() as usize)
                .copied()
                .unwrap_or_default();
            format!("{} {} {}", date.day(), month, date.year())
        }
        Locale::ZhCn => format!("{} 年 {} 月 {} 日", date.year(), date.month(), date.day()),
    }
}

pub fn format_time(at: NaiveDateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

pub fn format_datetime(locale: Locale, at: NaiveDateTime) -> String {
    let date = format_date(locale, at.date());
    match locale {
        Locale::En => format!("{date}, {}", format_time(at)),
        Locale::ZhCn => format!("{date} {}", format_time(at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_locale() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date");
        assert_eq!(format_date(Locale::En, date), "23 November 2026");
        assert_eq!(format_date(Locale::ZhCn, date), "2026 年 11 月 23 日");
        let at = date.and_hms_opt(9, 5, 0).expect("valid time");
        assert_eq!(format_datetime(Locale::En, at), "23 November 2026, 09:05");
        assert_eq!(
            format_datetime(Locale::ZhCn, at),
            "2026 年 11 月 23 日 09:05"
        );
    }

    #[test]
    fn single_digit_months_are_not_padded() {
        let date = NaiveDate::from_ymd_opt(2027, 1, 5).expect("valid date");
        assert_eq!(format_date(Locale::ZhCn, date), "2027 年 1 月 5 日");
        assert_eq!(format_date(Locale::En, date), "5 January 2027");
    }
}
