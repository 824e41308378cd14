#[test]
fn digest_matches() {
    let expected = hex!("cd478a6c7c41dfbf064f548665a79ce90ae758d999c33127451743c689019852");
    let seed = hex!("1e4451bd8a4dbf2d52bb8cb87861669b027e110829013610056730589442f8aa");
    assert_eq!(digest(&seed), expected);
}
