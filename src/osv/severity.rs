//! Advisory severity: the database's own word where it gives one, else the rating of the
//! CVSS base score computed from the record's v3 or v4 vector. v2 vectors are not scored:
//! records old enough to carry only v2 carry a database severity too.

use super::record::Record;
pub use crate::severity::Severity;

/// GHSA's `database_specific.severity` words, and the CVSS rating names.
pub(crate) fn from_word(word: &str) -> Option<Severity> {
    match word.to_ascii_uppercase().as_str() {
        "LOW" => Some(Severity::Low),
        "MODERATE" | "MEDIUM" => Some(Severity::Medium),
        "HIGH" => Some(Severity::High),
        "CRITICAL" => Some(Severity::Critical),
        _ => None,
    }
}

/// CVSS v3 qualitative rating of a base score; 0.0 ("None") has no severity.
pub(crate) fn from_score(score: f64) -> Option<Severity> {
    match score {
        s if s >= 9.0 => Some(Severity::Critical),
        s if s >= 7.0 => Some(Severity::High),
        s if s >= 4.0 => Some(Severity::Medium),
        s if s > 0.0 => Some(Severity::Low),
        _ => None,
    }
}

/// A record's severity and, when a CVSS v3 or v4 vector was given, its base score (v3
/// first, the version most records were scored in when they carry both).
pub(crate) fn of_record(record: &Record) -> (Option<Severity>, Option<f64>) {
    let score = ["CVSS_V3", "CVSS_V4"].iter().find_map(|kind| {
        record
            .severity
            .iter()
            .filter(|s| s.kind == *kind)
            .find_map(|s| base_score(&s.score))
    });
    let word = record.severity_word().and_then(from_word);
    (word.or_else(|| score.and_then(from_score)), score)
}

/// The base score of a CVSS v3.0, v3.1 or v4.0 vector, computed by the RustSec `cvss`
/// crate (v4's score needs the specification's macro-vector table, which is not worth
/// writing twice); `None` for a malformed vector or another version.
pub(crate) fn base_score(vector: &str) -> Option<f64> {
    match vector.trim().parse::<cvss::Cvss>().ok()? {
        // The crate scores a v3 vector with base metrics missing as if they were the
        // lowest; such a vector is malformed, and gets no score.
        cvss::Cvss::CvssV30(v) | cvss::Cvss::CvssV31(v) => {
            let complete = v.av.is_some()
                && v.ac.is_some()
                && v.pr.is_some()
                && v.ui.is_some()
                && v.s.is_some()
                && v.c.is_some()
                && v.i.is_some()
                && v.a.is_some();
            complete.then(|| v.base_score().value())
        }
        cvss::Cvss::CvssV40(v) => Some(v.score().value()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cvss3_scores_match_the_published_scores() {
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
            assert_eq!(base_score(vector), Some(score), "{vector}");
        }
    }

    #[test]
    fn cvss4_vectors_are_scored() {
        // As the FIRST CVSS v4.0 calculator scores them.
        for (vector, score) in [
            (
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                9.3,
            ),
            (
                "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                8.5,
            ),
        ] {
            assert_eq!(base_score(vector), Some(score), "{vector}");
        }
    }

    #[test]
    fn malformed_and_v2_vectors_have_no_score() {
        assert_eq!(base_score("CVSS:3.1/AV:N/AC:L"), None);
        assert_eq!(
            base_score("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            None
        );
        assert_eq!(base_score("AV:N/AC:L/Au:N/C:P/I:P/A:P"), None);
        assert_eq!(base_score("CVSS:4.0/AV:N/AC:L"), None);
    }

    #[test]
    fn ratings() {
        assert_eq!(from_score(5.3), Some(Severity::Medium));
        assert_eq!(from_score(0.0), None);
        assert_eq!(from_word("MODERATE"), Some(Severity::Medium));
        assert!(Severity::Critical > Severity::High);
    }
}
