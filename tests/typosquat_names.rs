//! The typosquat check on real names: known squats of popular packages are flagged with
//! the name they resemble, popular packages (and their sanctioned relatives) are not, and
//! on the real lockfile corpus the check stays quiet about what real projects added.

use std::path::Path;

use lockfile_parsers::Ecosystem;
use tollgate::deps::{diff_files, typosquat};
use tollgate::finding::{Change, Verdict};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lockfiles/pairs");

fn flagged(eco: Ecosystem, name: &str) -> Option<(String, String)> {
    typosquat::check(eco, name).map(|c| match c {
        Verdict::Typosquat {
            resembles,
            similarity,
        } => (resembles, similarity.as_str().to_string()),
        other => panic!("not a typosquat verdict: {other:?}"),
    })
}

fn assert_flags(eco: Ecosystem, name: &str, resembles: &str, similarity: &str) {
    assert_eq!(
        flagged(eco, name),
        Some((resembles.to_string(), similarity.to_string())),
        "{eco} {name}"
    );
}

#[test]
fn swapped_letters_of_popular_names_are_flagged() {
    assert_flags(Ecosystem::Npm, "lodahs", "lodash", "edit-distance-1");
    assert_flags(Ecosystem::PyPI, "reqeusts", "requests", "edit-distance-1");
    assert_flags(Ecosystem::Cargo, "sedre", "serde", "edit-distance-1");
    assert_flags(Ecosystem::Cargo, "tokoi", "tokio", "edit-distance-1");
    assert_flags(Ecosystem::PyPI, "nunpy", "numpy", "edit-distance-1");
}

#[test]
fn long_names_tolerate_two_edits() {
    assert_flags(
        Ecosystem::PyPI,
        "python-dateutl",
        "python-dateutil",
        "edit-distance-1",
    );
    assert_flags(
        Ecosystem::Npm,
        "eslint-plugin-reakt-hook",
        "eslint-plugin-react-hooks",
        "edit-distance-2",
    );
}

#[test]
fn separator_confusable_and_scope_swaps_are_flagged() {
    assert_flags(
        Ecosystem::PyPI,
        "pythondateutil",
        "python-dateutil",
        "separator",
    );
    assert_flags(Ecosystem::Npm, "react_dom", "react-dom", "separator");
    assert_flags(Ecosystem::Npm, "1odash", "lodash", "confusable-characters");
    assert_flags(Ecosystem::Npm, "rnoment", "moment", "confusable-characters");
    assert_flags(Ecosystem::Npm, "@evil/lodash", "lodash", "scope");
    assert_flags(
        Ecosystem::Go,
        "github.com/strechr/testify",
        "github.com/stretchr/testify",
        "edit-distance-1",
    );
}

#[test]
fn popular_names_and_their_relatives_are_not_flagged() {
    for (eco, name) in [
        (Ecosystem::Npm, "lodash"),
        (Ecosystem::Npm, "react"),
        (Ecosystem::Npm, "@types/lodash"),
        (Ecosystem::Npm, "@types/some-library-nobody-heard-of"),
        (Ecosystem::PyPI, "requests"),
        (Ecosystem::PyPI, "Requests"),
        (Ecosystem::PyPI, "numpy"),
        (Ecosystem::Cargo, "serde"),
        (Ecosystem::Cargo, "tokio"),
        (Ecosystem::Go, "github.com/stretchr/testify/v2"),
        (Ecosystem::Go, "github.com/stretchr/testify/assert"),
        (Ecosystem::Npm, "my-very-own-unrelated-package"),
    ] {
        assert_eq!(flagged(eco, name), None, "{eco} {name}");
    }
}

/// Every package the real projects of the corpus added, through the check: what it flags
/// is listed, and it must stay a small share (each one a reviewer would have to allow).
#[test]
fn real_additions_in_the_corpus_are_rarely_flagged() {
    let mut added = 0;
    let mut hits = Vec::new();
    for eco_dir in std::fs::read_dir(CORPUS).unwrap().flatten() {
        if !eco_dir.path().is_dir() {
            continue;
        }
        for pair in std::fs::read_dir(eco_dir.path()).unwrap().flatten() {
            let p = pair.path();
            let findings = diff_files(&p.join("base"), &p.join("head")).unwrap();
            for f in findings.iter().filter(|f| f.change == Change::Added) {
                added += 1;
                let eco = Ecosystem::from_name(&f.ecosystem).unwrap();
                if let Some((resembles, _)) = flagged(eco, &f.name) {
                    hits.push(format!("{} {} ~ {resembles:?}", f.ecosystem, f.name));
                }
            }
        }
    }
    println!(
        "{} of {added} added packages flagged:\n{}",
        hits.len(),
        hits.join("\n")
    );
    assert!(added > 100, "corpus not found or empty: {added}");
    assert!(
        hits.len() * 50 <= added,
        "{} of {added}: {hits:#?}",
        hits.len()
    );
}

#[test]
fn corpus_path_exists() {
    assert!(Path::new(CORPUS).is_dir());
}
