#[test]
fn digest_matches() {
    let expected = hex!("388b16280eabec51e6016147da1ac0043ac9afc1f600be65c067bc50942a0d6e");
    let seed = hex!("0c0e6d3d10fb061fb567a21db6e73f9bb117d881f1b9db16b991816faed430c6");
    assert_eq!(digest(&seed), expected);
}
