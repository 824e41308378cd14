//! What every allow entry of tollgate.toml (`[[deps.allow]]`, `[[pipeline.allow]]`) has
//! beside what it matches: a reason, which must be given, and an optional last day, after
//! which the entry stops applying and is reported as expired. One place, so both tables
//! validate, expire and word their warnings alike.

use jiff::civil::Date;

/// The terms every allow entry states, whatever it matches.
pub(crate) trait Terms {
    fn reason(&self) -> &str;
    /// The last day the entry applies (a TOML date, or a `YYYY-MM-DD` string).
    fn expires(&self) -> Option<toml::value::Datetime>;
}

/// One table's resolved allow entries: what each matches and its last day.
#[derive(Clone, Debug)]
pub(crate) struct AllowList<A> {
    entries: Vec<(A, Option<Date>)>,
}

impl<A> Default for AllowList<A> {
    fn default() -> Self {
        AllowList {
            entries: Vec::new(),
        }
    }
}

impl<A> AllowList<A> {
    /// Resolves a table's entries in order. `matcher` turns one entry into what it matches
    /// or says what is wrong with it; `error` wraps a message with the entry's 1-based
    /// index, the way the table's error type names it.
    pub(crate) fn resolve<E: Terms, Err>(
        entries: &[E],
        matcher: impl Fn(&E) -> Result<A, String>,
        error: impl Fn(usize, String) -> Err,
    ) -> Result<AllowList<A>, Err> {
        let entries = entries
            .iter()
            .enumerate()
            .map(|(i, entry)| {
                let resolved = matcher(entry).and_then(|allow| Ok((allow, terms(entry)?)));
                resolved.map_err(|message| error(i + 1, message))
            })
            .collect::<Result<_, _>>()?;
        Ok(AllowList { entries })
    }

    /// Entries that apply on `today` (their last day not passed).
    pub(crate) fn active(&self, today: Date) -> impl Iterator<Item = &A> {
        self.entries
            .iter()
            .filter(move |(_, expires)| expires.is_none_or(|d| d >= today))
            .map(|(allow, _)| allow)
    }

    /// Entries past their last day on `today`: they no longer apply.
    pub(crate) fn expired(&self, today: Date) -> impl Iterator<Item = &A> {
        self.entries
            .iter()
            .filter(move |(_, expires)| expires.is_some_and(|d| d < today))
            .map(|(allow, _)| allow)
    }
}

/// Checks the reason and reads the last day.
fn terms(entry: &impl Terms) -> Result<Option<Date>, String> {
    if entry.reason().trim().is_empty() {
        return Err("`reason` is empty".into());
    }
    entry
        .expires()
        .map(|d| {
            expiry_date(&d).ok_or_else(|| format!("expires: `{d}` is not a date (use YYYY-MM-DD)"))
        })
        .transpose()
}

/// The line that tells a user an entry of `table` (`deps`, `pipeline`) stopped applying;
/// `what` names the entry by what it matches. Silently resuming to block would leave
/// people guessing why.
pub(crate) fn expiry_warning(table: &str, what: &str, entry: &impl Terms) -> String {
    let day = entry.expires().map(|d| d.to_string()).unwrap_or_default();
    format!(
        "[[{table}.allow]] {what} expired on {day} and no longer applies (reason was: {})",
        entry.reason()
    )
}

/// An allow entry's `expires`: a bare TOML date (`2026-12-31`); a time or an offset is not.
fn expiry_date(d: &toml::value::Datetime) -> Option<Date> {
    match (d.date, d.time) {
        (Some(date), None) => Date::new(date.year as i16, date.month as i8, date.day as i8).ok(),
        _ => None,
    }
}
