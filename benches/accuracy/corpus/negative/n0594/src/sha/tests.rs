#[test]
fn digest_matches() {
    let expected = hex!("260fda2cfcee04a2c39119ef326fb23634aa566580318e6c52f5fbe3b19629df");
    let seed = hex!("1a9b19b9b2a723d88fd4cdea2435f6d617efe5aba4d69d8b2105e1ebeafad800");
    assert_eq!(digest(&seed), expected);
}
