#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(amchain_symbol(), 12)
		.build();
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn amchain_symbol() -> &'static str {
	"AMC"
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// Building for wasm: nothing to do (the wasm builder runs only in the std build).
#[cfg(not(feature = "std"))]
fn main() {}
