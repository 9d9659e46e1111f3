//! Calendar arithmetic for waiting periods: whole calendar years, the anniversary day included.
//!
//! "At least 3 years since 2020-05-01" first holds on 2023-05-01. A February 29 date reaches its
//! anniversary on March 1 in a year without one, the later of the two readings, so a wait never ends early.

use jiff::civil::Date;

/// The earliest date an answer can stand for ("not sure" spans from here to today).
pub const EARLIEST: Date = jiff::civil::date(1900, 1, 1);

/// Parse a `YYYY-MM-DD` date, rejecting impossible dates such as `2023-02-30`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(format!("`{text}` is not a date in the form YYYY-MM-DD"));
    }
    let number = |range: std::ops::Range<usize>| -> i16 {
        text[range]
            .bytes()
            .fold(0i16, |n, b| n * 10 + i16::from(b - b'0'))
    };
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    Date::new(year, month as i8, day as i8)
        .map_err(|_| format!("`{text}` is not a real calendar date"))
        .and_then(|date| {
            if date < EARLIEST {
                Err(format!("`{text}` is before {EARLIEST}"))
            } else {
                Ok(date)
            }
        })
}

/// The same day `years` calendar years later; February 29 moves to March 1 in a year without one.
pub fn add_years(date: Date, years: i16) -> Date {
    let year = date.year().saturating_add(years).min(9999);
    match Date::new(year, date.month(), date.day()) {
        Ok(d) => d,
        // Only February 29 can fail: its anniversary in a common year is March 1.
        Err(_) => Date::new(year, 3, 1).unwrap_or(Date::MAX),
    }
}

/// The latest date `d` with `add_years(d, years) <= today`: a date on or before it has waited long enough.
pub fn wait_threshold(today: Date, years: i16) -> Date {
    let year = today.year().saturating_sub(years).max(Date::MIN.year());
    let mut candidate = Date::new(year, today.month(), today.day())
        .or_else(|_| Date::new(year, today.month(), 28))
        .unwrap_or(Date::MIN);
    // add_years is non-decreasing, so walking a day or two either way finds the exact boundary.
    while add_years(candidate, years) > today {
        match candidate.yesterday() {
            Ok(d) => candidate = d,
            Err(_) => return Date::MIN,
        }
    }
    while let Ok(next) = candidate.tomorrow() {
        if add_years(next, years) <= today {
            candidate = next;
        } else {
            break;
        }
    }
    candidate
}

/// The first and last day of a year, for answers that give only the year.
pub fn year_span(year: i16) -> Option<(Date, Date)> {
    let first = Date::new(year, 1, 1).ok()?;
    let last = Date::new(year, 12, 31).ok()?;
    Some((first, last))
}

/// Today's date where this computer is. Read once where a program starts (the window, a command) and
/// passed on, never from deep inside, so a test can pin the day.
pub fn local_today() -> Date {
    jiff::ZonedDateTime::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(parse_date("2024-02-29"), Ok(date(2024, 2, 29)));
        assert!(parse_date("2023-02-29").is_err());
        assert!(parse_date("2023-13-01").is_err());
        assert!(parse_date("2023-1-01").is_err());
        assert!(parse_date("1899-12-31").is_err());
        assert!(parse_date("２０２３-01-01").is_err());
    }

    #[test]
    fn anniversary_day_is_included() {
        assert_eq!(add_years(date(2020, 5, 1), 3), date(2023, 5, 1));
        assert_eq!(wait_threshold(date(2023, 5, 1), 3), date(2020, 5, 1));
        assert_eq!(wait_threshold(date(2023, 4, 30), 3), date(2020, 4, 30));
    }

    #[test]
    fn february_29_waits_until_march_1() {
        assert_eq!(add_years(date(2020, 2, 29), 3), date(2023, 3, 1));
        assert_eq!(add_years(date(2020, 2, 29), 4), date(2024, 2, 29));
        assert_eq!(wait_threshold(date(2023, 2, 28), 3), date(2020, 2, 28));
        assert_eq!(wait_threshold(date(2023, 3, 1), 3), date(2020, 3, 1));
        assert_eq!(wait_threshold(date(2024, 2, 29), 1), date(2023, 2, 28));
    }

    #[test]
    fn threshold_agrees_with_add_years_around_the_boundary() {
        let today = date(2026, 11, 29);
        for years in [0, 1, 3, 7, 15] {
            let t = wait_threshold(today, years);
            assert!(add_years(t, years) <= today);
            assert!(add_years(t.tomorrow().expect("in range"), years) > today);
        }
    }
}
