//! `tollgate dir` on build outputs: real-format archives built here (zip, wheel, sdist,
//! npm tarball, a jar in a zip, a nested bomb, a path-traversal entry), scanned through
//! the real binary. No network, nothing extracted.

mod support;

use std::io::{Cursor, Write};
use std::path::Path;
use std::process::Output;

use serde_json::Value;
use support::cli::{json, skipped, stderr, stdout};
use support::files::{tar_gz_of, zip_of};
use support::{leak, token};

/// An invented npm legacy token (a UUID) behind `_authToken`.
const NPM_TOKEN: &str = "6d2b9f4e-1c7a-4e3b-8f05-a9c4d7e21b38";

fn tollgate(dir: &Path, args: &[&str]) -> Output {
    support::cli::tollgate(dir)
        .args(args)
        .output()
        .expect("run tollgate")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn files(report: &Value) -> Vec<String> {
    let mut files: Vec<String> = support::cli::findings(report)
        .iter()
        .map(|f| format!("{}:{}", f["file"].as_str().unwrap(), f["line"]))
        .collect();
    files.sort();
    files
}

/// A wheel (zip) and an sdist (tar.gz) of the same package, each with a `.env`, and a
/// settings module with the key on line 12.
fn python_dist(dir: &Path) {
    let settings = format!("{}{}", "# settings\n".repeat(11), leak(&token(1)));
    let env = format!("DEBUG=1\nGITHUB_TOKEN={}\n", token(2));
    write(
        dir,
        "dist/app-1.0-py3-none-any.whl",
        &zip_of(&[
            ("app/__init__.py", b""),
            ("app/settings.py", settings.as_bytes()),
            ("app/.env", env.as_bytes()),
            (
                "app-1.0.dist-info/METADATA",
                b"Metadata-Version: 2.1\nName: app\n",
            ),
        ]),
    );
    write(
        dir,
        "dist/app-1.0.tar.gz",
        &tar_gz_of(&[
            ("app-1.0/PKG-INFO", b"Metadata-Version: 2.1\nName: app\n"),
            ("app-1.0/.env", env.as_bytes()),
            ("app-1.0/app/settings.py", settings.as_bytes()),
        ]),
    );
}

/// `tollgate dir dist --format FORMAT` over [`python_dist`] in a new directory.
fn scan_python_dist(format: &str) -> (tempfile::TempDir, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    python_dist(dir.path());
    let output = tollgate(dir.path(), &["dir", "dist", "--format", format]);
    (dir, output)
}

#[test]
fn a_wheel_and_an_sdist_report_the_inner_file_and_line() {
    let (dir, output) = scan_python_dist("json");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(
        files(&report),
        [
            "dist/app-1.0-py3-none-any.whl!app/.env:2",
            "dist/app-1.0-py3-none-any.whl!app/settings.py:12",
            "dist/app-1.0.tar.gz!app-1.0/.env:2",
            "dist/app-1.0.tar.gz!app-1.0/app/settings.py:12",
        ]
    );
    let finding = &support::cli::findings(&report)[0];
    assert_eq!(finding["archive"], "dist/app-1.0-py3-none-any.whl");
    assert!(skipped(&report).is_empty(), "{:?}", skipped(&report));

    let text = stdout(&tollgate(dir.path(), &["dir", "dist"]));
    assert!(
        text.contains("dist/app-1.0-py3-none-any.whl!app/settings.py:12:"),
        "{text}"
    );
    assert!(!text.contains(&token(1)), "text output leaks the secret");
}

#[test]
fn sarif_points_code_scanning_at_the_archive_and_names_the_inner_file() {
    let (_dir, output) = scan_python_dist("sarif");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let sarif = json(&output);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let wheel = results
        .iter()
        .find(|r| {
            r["message"]["text"]
                .as_str()
                .unwrap()
                .contains("app/settings.py:12")
        })
        .expect("a result naming the inner file");
    let location = &wheel["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "dist/app-1.0-py3-none-any.whl"
    );
    assert_eq!(
        wheel["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "dist/app-1.0-py3-none-any.whl!app/settings.py"
    );
}

/// GitHub attaches an annotation only to a file of the repository: the archive, with the
/// inner file and line in the message.
#[test]
fn github_annotations_sit_on_the_archive_and_name_the_inner_file() {
    let (_dir, output) = scan_python_dist("github");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    let wheel = text
        .lines()
        .find(|l| l.contains("app/settings.py:12"))
        .unwrap_or_else(|| panic!("no annotation names the inner file: {text}"));
    assert!(
        wheel.starts_with("::error file=dist/app-1.0-py3-none-any.whl,title="),
        "{wheel}"
    );
    for annotation in text.lines().filter(|l| l.starts_with("::")) {
        let properties = annotation.split("::").nth(1).unwrap();
        assert!(!properties.contains('!'), "{annotation}");
    }
}

#[test]
fn an_npm_tarball_with_an_npmrc_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let npmrc = format!("//registry.example.invalid/:_authToken={NPM_TOKEN}\n");
    write(
        dir.path(),
        "dist/app-1.0.0.tgz",
        &tar_gz_of(&[
            (
                "package/package.json",
                br#"{"name":"app","version":"1.0.0"}"#,
            ),
            ("package/.npmrc", npmrc.as_bytes()),
        ]),
    );
    let output = tollgate(dir.path(), &["dir", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(files(&report), ["dist/app-1.0.0.tgz!package/.npmrc:1"]);
    assert_eq!(
        support::cli::findings(&report)[0]["rule"],
        "npmrc-auth-token"
    );
}

#[test]
fn a_jar_inside_a_zip_is_opened_and_no_archives_turns_it_off() {
    let dir = tempfile::tempdir().unwrap();
    let properties = format!("server.port=8080\ngithub.token={}\n", token(3));
    let jar = zip_of(&[
        ("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n"),
        ("com/example/App.class", b"\xca\xfe\xba\xbe\0\0\0\x34"),
        ("application.properties", properties.as_bytes()),
    ]);
    write(
        dir.path(),
        "release.zip",
        &zip_of(&[("README.txt", b"release"), ("lib/app.jar", &jar)]),
    );
    let output = tollgate(dir.path(), &["dir", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(
        files(&report),
        ["release.zip!lib/app.jar!application.properties:2"]
    );
    // README.txt, the manifest and application.properties; the class file is binary.
    assert_eq!(report["stats"]["files"], 3);

    let off = tollgate(
        dir.path(),
        &["dir", ".", "--no-archives", "--format", "json"],
    );
    assert_eq!(off.status.code(), Some(0), "{}", stderr(&off));
    assert_eq!(
        skipped(&json(&off)),
        [("release.zip".to_string(), "binary file".to_string())]
    );

    let shallow = tollgate(
        dir.path(),
        &["dir", ".", "--archive-depth", "1", "--format", "json"],
    );
    assert_eq!(shallow.status.code(), Some(0), "{}", stderr(&shallow));
    let (path, reason) = &skipped(&json(&shallow))[0];
    assert_eq!(path, "release.zip!lib/app.jar");
    assert!(reason.contains("deeper than 1"), "{reason}");
}

#[test]
fn a_path_traversal_name_is_reported_as_a_name_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let scanned = dir.path().join("scan");
    let env = format!("GITHUB_TOKEN={}\n", token(4));
    write(
        &scanned,
        "evil.zip",
        &zip_of(&[("../../outside/.env", env.as_bytes())]),
    );
    let output = tollgate(&scanned, &["dir", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(files(&json(&output)), ["evil.zip!../../outside/.env:1"]);
    let written: Vec<_> = walk(dir.path())
        .into_iter()
        .filter(|p| p.ends_with("outside") || p.ends_with(".env"))
        .collect();
    assert!(written.is_empty(), "the scan extracted {written:?}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path.clone());
            }
            paths.push(path);
        }
    }
    paths.sort();
    paths
}

/// A 42.zip-style bomb: a 4 MiB file of zeros, copied (still compressed) 16 times per
/// level, three levels deep: 16 GiB expanded from well under a megabyte.
fn bomb() -> Vec<u8> {
    let mut layer = zip_of(&[("0.bin", &vec![0u8; 4 << 20])]);
    for level in 0..3 {
        let source = zip::ZipArchive::new(Cursor::new(layer.clone())).unwrap();
        let mut source = source;
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        if level == 0 {
            // The zeros, copied without recompressing.
            for i in 0..16 {
                let file = source.by_index_raw(0).unwrap();
                writer
                    .raw_copy_file_rename(file, format!("{i}.bin"))
                    .unwrap();
            }
        } else {
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for i in 0..16 {
                writer.start_file(format!("{i}.zip"), options).unwrap();
                writer.write_all(&layer).unwrap();
            }
        }
        layer = writer.finish().unwrap().into_inner();
    }
    layer
}

#[test]
fn a_nested_zip_bomb_is_stopped_listed_and_fails_under_strict() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = bomb();
    assert!(bomb.len() < 1 << 20, "the bomb is {} bytes", bomb.len());
    write(dir.path(), "42.zip", &bomb);
    write(dir.path(), "clean.txt", b"nothing here\n");

    let output = tollgate(dir.path(), &["dir", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let listed = skipped(&json(&output));
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].0, "42.zip");
    assert!(
        listed[0]
            .1
            .starts_with("archive limit: expands more than 1000x"),
        "{}",
        listed[0].1
    );

    let bytes = tollgate(
        dir.path(),
        &["dir", ".", "--max-archive-bytes", "8M", "--format", "json"],
    );
    let listed = skipped(&json(&bytes));
    assert!(
        listed[0].1.contains("more than 8388608 bytes"),
        "{}",
        listed[0].1
    );

    let strict = tollgate(dir.path(), &["dir", ".", "--strict", "--format", "json"]);
    assert_eq!(strict.status.code(), Some(2), "{}", stderr(&strict));
    assert!(stderr(&strict).contains("42.zip"), "{}", stderr(&strict));
    // The report is still written before the run fails.
    assert_eq!(skipped(&json(&strict))[0].0, "42.zip");
}

#[test]
fn artifacts_formats_opens_only_the_formats_it_names() {
    let dir = tempfile::tempdir().unwrap();
    python_dist(dir.path());
    write(
        dir.path(),
        "dist/tollgate.toml",
        b"[artifacts]\nformats = [\"zip\"]\n",
    );
    let output = tollgate(dir.path(), &["dir", "dist", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(
        files(&report),
        [
            "dist/app-1.0-py3-none-any.whl!app/.env:2",
            "dist/app-1.0-py3-none-any.whl!app/settings.py:12",
        ]
    );
    assert_eq!(
        skipped(&report),
        [("dist/app-1.0.tar.gz".to_string(), "binary file".to_string())]
    );

    write(
        dir.path(),
        "dist/tollgate.toml",
        b"[artifacts]\nformats = [\"zip\", \"rar\"]\n",
    );
    let output = tollgate(dir.path(), &["dir", "dist"]);
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert!(
        errors.contains("tollgate.toml") && errors.contains("rar"),
        "{errors}"
    );
}
