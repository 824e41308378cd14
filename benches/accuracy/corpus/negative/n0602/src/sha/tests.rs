#[test]
fn digest_matches() {
    let expected = hex!("4c372bab3e872b7f63b5b90355d3245c5f991e5b85848d930f5bcd9561b814b5");
    let seed = hex!("5ec6bc98e60af81050df9f41c0a58591962f136d990716dd8fb919aa96a980dd");
    assert_eq!(digest(&seed), expected);
}
