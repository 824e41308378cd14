//! Shannon entropy of a candidate secret, in bits per byte.
//!
//! Random tokens over base62 score above 4.5 once they are 20+ characters long; words,
//! identifiers and placeholders (`xxxxxxxx`, `changeme`) score well below. Rules state
//! their own threshold because the achievable maximum depends on the alphabet and length
//! (a 40-character hex string cannot exceed 4.0).

/// Entropy of `bytes` over their own byte distribution; 0 for empty input.
pub(crate) fn shannon(bytes: &[u8]) -> f64 {
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let len = bytes.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / len;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::shannon;

    #[test]
    fn repeated_byte_has_no_entropy() {
        assert_eq!(shannon(b"aaaaaaaa"), 0.0);
    }

    #[test]
    fn sixteen_distinct_bytes_have_four_bits() {
        assert!((shannon(b"0123456789abcdef") - 4.0).abs() < 1e-9);
    }

    #[test]
    fn random_token_scores_higher_than_a_word() {
        assert!(shannon(b"q8Zr2LxV0pN7sKd4TbWm9YcE") > shannon(b"passwordpassword") + 1.0);
    }
}
