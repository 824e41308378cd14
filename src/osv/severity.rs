//! Advisory severity: the database's own word where it gives one, else the CVSS v3
//! base score computed from the vector.
//!
//! The CVSS v3 base score is computed here rather than through a crate because it is one
//! short formula (CVSS v3.1 specification, section 7.1, with the "Roundup" of
//! Appendix A) and the only part of CVSS tollgate needs. v3.0 vectors use the same
//! formula; their simpler rounding differs from v3.1's only in floating-point edge cases.
//! CVSS v4 and v2 vectors are not scored: a v4 score needs the specification's large
//! macro-vector table, and records that carry one also carry a v3 vector or a
//! database severity in practice.

use super::record::Record;
pub use crate::severity::Severity;

/// GHSA's `database_specific.severity` words, and the CVSS rating names.
pub fn from_word(word: &str) -> Option<Severity> {
    match word.to_ascii_uppercase().as_str() {
        "LOW" => Some(Severity::Low),
        "MODERATE" | "MEDIUM" => Some(Severity::Medium),
        "HIGH" => Some(Severity::High),
        "CRITICAL" => Some(Severity::Critical),
        _ => None,
    }
}

/// CVSS v3 qualitative rating of a base score; 0.0 ("None") has no severity.
pub fn from_score(score: f64) -> Option<Severity> {
    match score {
        s if s >= 9.0 => Some(Severity::Critical),
        s if s >= 7.0 => Some(Severity::High),
        s if s >= 4.0 => Some(Severity::Medium),
        s if s > 0.0 => Some(Severity::Low),
        _ => None,
    }
}

/// A record's severity and, when a CVSS v3 vector was given, its base score.
pub fn of_record(record: &Record) -> (Option<Severity>, Option<f64>) {
    let score = record
        .severity
        .iter()
        .filter(|s| s.kind == "CVSS_V3")
        .find_map(|s| cvss3_base_score(&s.score));
    let word = record.severity_word().and_then(from_word);
    (word.or_else(|| score.and_then(from_score)), score)
}

/// CVSS v3.x base score of a vector such as `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`;
/// `None` if a base metric is missing or has an unknown value.
pub fn cvss3_base_score(vector: &str) -> Option<f64> {
    let mut parts = vector.split('/');
    if !parts.next()?.starts_with("CVSS:3") {
        return None;
    }
    let mut m = [None::<char>; 8];
    const KEYS: [&str; 8] = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"];
    for part in parts {
        let (key, value) = part.split_once(':')?;
        if let Some(i) = KEYS.iter().position(|k| *k == key) {
            let mut chars = value.chars();
            m[i] = Some(chars.next()?).filter(|_| chars.next().is_none());
        }
    }
    let [av, ac, pr, ui, s, c, i, a] = m.map(|v| v.unwrap_or('?'));
    let changed = match s {
        'U' => false,
        'C' => true,
        _ => return None,
    };
    let av = match av {
        'N' => 0.85,
        'A' => 0.62,
        'L' => 0.55,
        'P' => 0.2,
        _ => return None,
    };
    let ac = match ac {
        'L' => 0.77,
        'H' => 0.44,
        _ => return None,
    };
    // Privileges weigh less when the scope changes (the attacker gains a new authority).
    let pr = match (pr, changed) {
        ('N', _) => 0.85,
        ('L', false) => 0.62,
        ('L', true) => 0.68,
        ('H', false) => 0.27,
        ('H', true) => 0.5,
        _ => return None,
    };
    let ui = match ui {
        'N' => 0.85,
        'R' => 0.62,
        _ => return None,
    };
    let cia = |v| match v {
        'H' => Some(0.56),
        'L' => Some(0.22),
        'N' => Some(0.0),
        _ => None,
    };
    let iss = 1.0 - (1.0 - cia(c)?) * (1.0 - cia(i)?) * (1.0 - cia(a)?);
    let impact = if changed {
        7.52 * (iss - 0.029) - 3.25 * (iss - 0.02f64).powi(15)
    } else {
        6.42 * iss
    };
    let exploitability = 8.22 * av * ac * pr * ui;
    if impact <= 0.0 {
        return Some(0.0);
    }
    let raw = if changed {
        1.08 * (impact + exploitability)
    } else {
        impact + exploitability
    };
    Some(roundup(raw.min(10.0)))
}

/// CVSS v3.1 Roundup: the smallest one-decimal number >= x, computed on integers so that
/// e.g. 4.000000000000001 rounds to 4.0 and not 4.1.
fn roundup(x: f64) -> f64 {
    let scaled = (x * 100_000.0).round() as i64;
    if scaled % 10_000 == 0 {
        scaled as f64 / 100_000.0
    } else {
        ((scaled / 10_000) + 1) as f64 / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cvss3_scores_match_the_specification_examples() {
        // Scores as published by NVD / the FIRST calculator for these vectors.
        for (vector, score) in [
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", 5.3),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
            ("CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
            ("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9),
            ("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6),
            ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0),
        ] {
            assert_eq!(cvss3_base_score(vector), Some(score), "{vector}");
        }
    }

    #[test]
    fn malformed_vectors_have_no_score() {
        assert_eq!(cvss3_base_score("CVSS:3.1/AV:N/AC:L"), None);
        assert_eq!(
            cvss3_base_score("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            None
        );
        assert_eq!(
            cvss3_base_score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"),
            None
        );
        assert_eq!(cvss3_base_score("AV:N/AC:L/Au:N/C:P/I:P/A:P"), None);
    }

    #[test]
    fn ratings() {
        assert_eq!(from_score(5.3), Some(Severity::Medium));
        assert_eq!(from_score(0.0), None);
        assert_eq!(from_word("MODERATE"), Some(Severity::Medium));
        assert!(Severity::Critical > Severity::High);
    }
}
