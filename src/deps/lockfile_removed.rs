//! A lockfile deleted while its manifest stays.
//!
//! The lockfile is what pins: without it the next install resolves the manifest's ranges
//! afresh, to whatever the registry serves that day, and a change can add `"x": "*"` to
//! `package.json` beside the deletion without any pinned version for tollgate to look
//! up. The lockfile's packages would show only as removed, which no check blocks; this
//! module marks them `unknown` (`lockfile-removed`), which the policy fails in pull
//! requests like every check that could not be completed.

use std::path::Path;

use lockfile_parsers::detect::NAMED_LOCKFILES;
use lockfile_parsers::manifest::manifest_path;
use lockfile_parsers::{Files, Format};

use crate::finding::{Change, DependencyFinding, Verdict};

/// The `unknown` reason the removed packages carry.
const REASON: &str = "lockfile-removed";

/// Marks the removed packages of `lockfile` (of `format`, absent on the head side whose
/// files `head` reads) when its manifest is still there and no other lockfile of the
/// ecosystem sits beside it (a move from `yarn.lock` to `pnpm-lock.yaml` still pins).
pub(crate) fn annotate(
    findings: &mut [DependencyFinding],
    lockfile: &Path,
    format: Format,
    head: &dyn Files,
) {
    let manifest = manifest_path(lockfile, format);
    if !pins_manifest_ranges(format)
        || head.read(&manifest).is_none()
        || another_lockfile_beside(lockfile, format, head)
    {
        return;
    }
    let detail = format!(
        "`{}` is deleted but `{}` stays: an install resolves its ranges afresh, and no \
         version they resolve to is checked",
        file_name(lockfile),
        file_name(&manifest)
    );
    for finding in findings.iter_mut().filter(|f| f.change == Change::Removed) {
        finding.checks.push(Verdict::Unknown {
            reason: REASON.to_string(),
            about: None,
            detail: Some(detail.clone()),
        });
    }
}

/// Formats whose manifest declares ranges that the lockfile pins. A requirements file is
/// its own manifest (its ranges are checked where they stand), and go.mod pins minimum
/// versions itself.
fn pins_manifest_ranges(format: Format) -> bool {
    !matches!(
        format,
        Format::Requirements | Format::GoMod | Format::GoSum | Format::GoWork
    )
}

fn another_lockfile_beside(lockfile: &Path, format: Format, head: &dyn Files) -> bool {
    NAMED_LOCKFILES
        .iter()
        .filter(|(_, other)| other.ecosystem() == format.ecosystem())
        .any(|(name, _)| head.read(&lockfile.with_file_name(name)).is_some())
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
