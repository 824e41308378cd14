//! Compiles the built-in rule files into the binary.
//!
//! Every `patterns/*.toml` is embedded with `include_str!`, so adding a provider is a TOML
//! edit and nothing else: this script finds the new file by itself.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("patterns");
    println!("cargo::rerun-if-changed=patterns");
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("patterns/ directory")
        .map(|entry| entry.expect("readable patterns/ entry").file_name())
        .filter_map(|name| name.into_string().ok())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    files.sort();
    let mut code = String::from(
        "/// Built-in rule files: (file name, contents).\npub static BUILTIN_RULE_FILES: &[(&str, &str)] = &[\n",
    );
    for name in &files {
        println!("cargo::rerun-if-changed=patterns/{name}");
        code.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/patterns/{name}\"))),\n"
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_rules.rs");
    fs::write(out, code).expect("write builtin_rules.rs");
}
