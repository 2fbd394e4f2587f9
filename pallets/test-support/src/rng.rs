//! A small, seedable generator (SplitMix64) for the pallets' random call sequences: the
//! same seed, the same run, so a failing seed printed by a test reproduces exactly.
//! (runtime/tests/common keeps the same generator for the runtime's fuzzer, which does
//! not depend on this crate.)

/// SplitMix64.
pub struct Rng(pub u64);

impl Rng {
	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// A number in `0..n` (0 when `n` is 0).
	pub fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next_u64() % n
		}
	}

	/// One of `from`, which must not be empty.
	pub fn pick<T: Copy>(&mut self, from: &[T]) -> T {
		from[self.below(from.len() as u64) as usize]
	}
}
