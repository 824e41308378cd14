#[test]
fn digest_matches() {
    let expected = hex!("cefc6b77ff594049f006bf7ced279fe24e8872779b86c7193e37644f4ded65aa");
    let seed = hex!("bea4c688ace4ee5434b6bfa35ecb30672fc1677b42a28f58ebc807ceeeaf5657");
    assert_eq!(digest(&seed), expected);
}
