#[test]
fn digest_matches() {
    let expected = hex!("c94060fec2a7f9841e807ac9f0bb6a57b2b2431561de5fc6c6d2a722878bed73");
    let seed = hex!("39efe2f11b8001ddc1ba181f7f12a5f88b1731b7c9c963adae0841cf0e25a354");
    assert_eq!(digest(&seed), expected);
}
