#[test]
fn digest_matches() {
    let expected = hex!("2262bcf24d5e255bf7e20c66a33c000d51e1107f9f232d6b615fae90f56ffc18");
    let seed = hex!("498070cacbbb3f63cdddad473005a31c96231ebcf12704a6aad48cbd09dc4381");
    assert_eq!(digest(&seed), expected);
}
