#[test]
fn digest_matches() {
    let expected = hex!("f64261cb85e1ef6cdbf9d28d66438ec3274d48011a58f2b1d957487f55dafd1b");
    let seed = hex!("e62636cbae73c624a3e6cefac8d08016da9e8e8128528854cc152b149d889bc9");
    assert_eq!(digest(&seed), expected);
}
