#[test]
fn digest_matches() {
    let expected = hex!("ac1cd427062aab429af50587e366ed8f2f69b28463033c4d3535c5e8f6cc9575");
    let seed = hex!("9f50fa9d4c467ed9b2bfd3a774047d2933058f965f4b34cf3227920da733bee1");
    assert_eq!(digest(&seed), expected);
}
