//! Builds the runtime's wasm blob (`WASM_BINARY`) with substrate-wasm-builder.

/// The shared target directory (`~/.cache/amchain/target`) lives outside the workspace,
/// where the wasm builder cannot find the workspace's `Cargo.lock` on its own; point it
/// there so the wasm runtime is built from the same crate versions as the native one.
///
/// The manifest directory is read when the script runs, not when it is compiled: clones
/// sharing the target directory share this script's binary (cargo fingerprints it by its
/// path within the workspace), and a path baked in by another clone may be gone.
#[cfg(feature = "std")]
fn point_wasm_builder_at_workspace() {
	const HINT: &str = "WASM_BUILD_WORKSPACE_HINT";
	if std::env::var_os(HINT).is_none() {
		let runtime = std::path::PathBuf::from(
			std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
		);
		if let Some(workspace) = runtime.parent() {
			std::env::set_var(HINT, workspace);
		}
	}
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	point_wasm_builder_at_workspace();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("AMC", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	point_wasm_builder_at_workspace();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// Building for wasm: nothing to do (the wasm builder runs only in the std build).
#[cfg(not(feature = "std"))]
fn main() {}
