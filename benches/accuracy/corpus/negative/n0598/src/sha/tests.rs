#[test]
fn digest_matches() {
    let expected = hex!("51e485031f1064e8718dbba1432874a9887a3446a398e73ce46c12b3fa75729a");
    let seed = hex!("aa0de6ed78ffe42a6668c76eb768bee9e237fed7233c261a20207326e02a7197");
    assert_eq!(digest(&seed), expected);
}
